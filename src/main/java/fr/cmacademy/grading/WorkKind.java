package fr.cmacademy.grading;

import java.util.Locale;

/** What a piece of work to grade is. */
public enum WorkKind {

	/** A written assignment's submission. */
	ASSIGNMENT,
	/** An essay question of a quiz attempt. */
	ESSAY,
	/** The written parts of a scenario run. */
	SCENARIO;

	/** The kind as it appears in addresses ({@code assignment}, {@code essay}, …). */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The learner's feedback page for a piece of work of this kind. */
	public String feedbackLink(long sourceId, int slot) {
		return "feedback/" + slug() + "/" + sourceId + "/" + slot;
	}

	public static WorkKind ofSlug(String slug) {
		return valueOf(slug.toUpperCase(Locale.ROOT));
	}

}
