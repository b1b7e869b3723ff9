package fr.cmacademy.shared;

/**
 * Whether a learner is enrolled in a programme. Implemented by the learning feature, so
 * that features it depends on (quizzes, scenarios) can check enrolment without a cycle.
 */
public interface Enrolments {

	boolean isEnrolled(long userId, String programmeId);

}
