package fr.cmacademy.assignment;

/** A learner submitted an assignment: it now waits for a trainer's grade. */
public record AssignmentSubmitted(long userId, String assignmentId, long submissionId, int words) {
}
