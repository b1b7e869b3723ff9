package fr.cmacademy.scenario;

import java.time.Instant;

/**
 * A finished run has written parts (free-text replies, recommendations, a writing brief)
 * that a trainer reviews.
 *
 * @param maxPoints the points those parts are worth together (0 when the review is only
 * comments)
 */
public record RepliesAwaitingReview(long userId, String scenarioId, long runId, Instant finishedAt, int maxPoints) {
}
