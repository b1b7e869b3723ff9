package fr.cmacademy.quiz;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One attempt as the attempt history lists it.
 *
 * @param percent the score, null while the attempt is open
 * @param provisional whether essays still wait for a trainer
 * @param passed null while open or provisional
 */
public record AttemptSummary(long id, int number, boolean submitted, Instant startedAt, @Nullable Instant deadline,
		@Nullable Instant submittedAt, boolean autoSubmitted, @Nullable Double percent, boolean provisional,
		@Nullable Boolean passed) {
}
