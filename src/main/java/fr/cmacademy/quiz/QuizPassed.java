package fr.cmacademy.quiz;

/**
 * A learner's grade on a quiz (per its grading method) reached the pass mark.
 */
public record QuizPassed(long userId, String quizId, long attemptId, double grade) {
}
