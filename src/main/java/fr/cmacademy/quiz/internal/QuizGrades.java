package fr.cmacademy.quiz.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.quiz.internal.AttemptRepository.AttemptRow;

/**
 * A learner's grade on a quiz from their attempts, per the quiz's grading method. Only
 * submitted attempts that are not provisional count: an essay waiting for a trainer
 * neither helps nor hurts until it is graded.
 */
public final class QuizGrades {

	private QuizGrades() {
	}

	public static @Nullable Double grade(Grading method, List<AttemptRow> attempts) {
		List<Double> scores = attempts.stream()
			.filter(a -> a.submitted() && !a.provisional() && a.percent() != null)
			.map(AttemptRow::percent)
			.toList();
		if (scores.isEmpty()) {
			return null;
		}
		return switch (method) {
			case HIGHEST -> scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
			case LAST -> scores.get(scores.size() - 1);
			case AVERAGE ->
				Math.round(scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 1000) / 1000.0;
		};
	}

}
