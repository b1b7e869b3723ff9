package fr.cmacademy.gradebook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.shared.Text;

/**
 * A graded item as a gradebook column: a quiz, a scenario or an assignment.
 *
 * @param kind {@code QUIZ}, {@code SCENARIO} or {@code ASSIGNMENT}
 * @param grading how attempts make the grade (quizzes only)
 * @param deadline when work is due, if the activity has one: a quiz's close date, or the
 * deadline of the cohort the gradebook is narrowed to (for every kind, unless the quiz
 * closes earlier)
 */
public record Activity(String itemId, String moduleId, String kind, Text title, @Nullable Grading grading,
		@Nullable Integer passMark, @Nullable Instant deadline) {
}
