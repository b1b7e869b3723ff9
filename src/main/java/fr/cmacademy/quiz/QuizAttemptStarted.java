package fr.cmacademy.quiz;

/**
 * A learner started an attempt on a quiz (the version they will keep until it is
 * submitted).
 */
public record QuizAttemptStarted(long userId, String quizId, int quizVersion, long attemptId) {
}
