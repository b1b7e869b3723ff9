package fr.cmacademy.scenario;

/**
 * A run ended, or its score changed because a trainer graded its written parts (then it
 * is announced again with the new score).
 *
 * @param passed whether the score reached the scenario's pass mark; false while a trainer
 * still has to grade written answers ({@code pendingReview})
 */
public record ScenarioCompleted(long userId, String scenarioId, long runId, int score, int maxScore, int percent,
		boolean passed, boolean pendingReview) {
}
