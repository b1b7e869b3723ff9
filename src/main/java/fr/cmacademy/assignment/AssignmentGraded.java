package fr.cmacademy.assignment;

/**
 * A trainer released (or changed) the grade of a submitted assignment.
 *
 * @param passed whether the percentage reached the assignment's pass mark
 */
public record AssignmentGraded(long userId, String assignmentId, long submissionId, double points, double maxPoints,
		double percent, boolean passed) {
}
