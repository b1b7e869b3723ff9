/**
 * Quizzes: attempts that draw questions from the banks, save every answer as it changes,
 * keep their timer on the server, and are graded when submitted (by the learner, or
 * automatically when time is up). The root package is the feature's API: services,
 * records and the events {@link fr.cmacademy.quiz.QuizAttemptStarted},
 * {@link fr.cmacademy.quiz.QuizAttemptSubmitted} and
 * {@link fr.cmacademy.quiz.QuizPassed}.
 */
@NullMarked
package fr.cmacademy.quiz;

import org.jspecify.annotations.NullMarked;
