package fr.cmacademy.scenario;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A run as lists show it. */
public record RunSummary(long id, long userId, String scenarioId, int version, int number, boolean finished,
		Instant startedAt, @Nullable Instant finishedAt, @Nullable Integer score, @Nullable Integer maxScore,
		@Nullable Integer percent, @Nullable Boolean passed, boolean pendingReview) {
}
