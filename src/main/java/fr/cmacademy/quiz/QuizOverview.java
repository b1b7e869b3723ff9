package fr.cmacademy.quiz;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.ContentCatalog.QuizVersion;

/**
 * A quiz as its page shows it to a learner: settings, history, what they can do now.
 *
 * @param grade the learner's grade on the quiz per its grading method, from submitted
 * attempts that are not provisional; null if none
 * @param attemptsLeft null when attempts are unlimited
 */
public record QuizOverview(QuizVersion quiz, String moduleId, Availability availability, List<AttemptSummary> attempts,
		@Nullable AttemptSummary openAttempt, @Nullable Double grade, boolean passed, @Nullable Integer attemptsLeft) {

	/** Whether a new attempt can start now, and if not, why. */
	public enum Availability {

		OPEN, NOT_YET_OPEN, CLOSED, NO_ATTEMPTS_LEFT

	}

}
