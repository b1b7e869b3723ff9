package fr.cmacademy.quiz;

import org.jspecify.annotations.Nullable;

/**
 * A trainer's marks for an essay changed an attempt's total.
 *
 * @param provisional whether other essays of the attempt still wait for a trainer
 * @param passed null while provisional
 */
public record QuizAttemptGraded(long userId, String quizId, long attemptId, double percent, boolean provisional,
		@Nullable Boolean passed) {
}
