package fr.cmacademy.quiz;

/**
 * An attempt was submitted, by the learner or automatically when its time ran out.
 *
 * @param percent the attempt's score; provisional while essays wait for a trainer
 */
public record QuizAttemptSubmitted(long userId, String quizId, long attemptId, double percent, boolean provisional,
		boolean automatic) {
}
