package fr.cmacademy.learning.internal;

import org.springframework.stereotype.Component;

import fr.cmacademy.shared.Enrolments;

/**
 * Enrolment checks for other features (quizzes, scenarios).
 */
@Component
class LearningEnrolments implements Enrolments {

	private final ProgressRepository progress;

	LearningEnrolments(ProgressRepository progress) {
		this.progress = progress;
	}

	@Override
	public boolean isEnrolled(long userId, String programmeId) {
		return progress.enrolments(userId).contains(programmeId);
	}

}
