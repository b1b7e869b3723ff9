package fr.cmacademy.assignment;

/** A learner opened an assignment for the first time (the version they answer). */
public record AssignmentStarted(long userId, String assignmentId, int version) {
}
