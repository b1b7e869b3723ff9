package fr.cmacademy.assignment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A learner's answer to an assignment: the draft, or what was submitted, and the grade a
 * trainer released for it ({@code grade}, null until then).
 */
public record Submission(long id, int version, String text, int revision, @Nullable Instant savedAt,
		@Nullable Instant submittedAt, @Nullable Grade grade) {

	/** A released grade. */
	public record Grade(double points, double maxPoints, double percent, boolean passed, Instant gradedAt) {
	}

	private static final java.util.regex.Pattern WORD = java.util.regex.Pattern
		.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'-]*");

	public boolean submitted() {
		return submittedAt != null;
	}

	/** Words as a reader counts them: runs of letters or digits. */
	public static int words(String text) {
		return (int) WORD.matcher(text).results().count();
	}
}
