package fr.cmacademy.assignment;

import java.time.Instant;

/**
 * A learner submitted an assignment: it now waits for a trainer's grade.
 *
 * @param version the assignment version the learner answered (its rubric is the one to
 * grade with)
 */
public record AssignmentSubmitted(long userId, String assignmentId, int version, long submissionId, int words,
		Instant submittedAt) {
}
