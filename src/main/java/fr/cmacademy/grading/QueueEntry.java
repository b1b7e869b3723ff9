package fr.cmacademy.grading;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * One line of the grading queue.
 *
 * @param points the grade so far (draft or released); null while waiting
 * @param sourceId the submission, attempt or run graded
 * @param slot the question of an attempt (0 otherwise)
 */
public record QueueEntry(long workId, WorkKind kind, long learnerId, String learnerName, String itemId, Text itemTitle,
		String moduleId, Text moduleTitle, Instant submittedAt, GradeState state, @Nullable Double points,
		double maxPoints, long sourceId, int slot) {

	/** The learner's feedback page for this work. */
	public String feedbackLink() {
		return kind.feedbackLink(sourceId, slot);
	}

}
