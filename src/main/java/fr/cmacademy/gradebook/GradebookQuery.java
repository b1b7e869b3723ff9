package fr.cmacademy.gradebook;

import org.jspecify.annotations.Nullable;

/**
 * What the gradebook shows: a programme, optionally one module's columns, learners whose
 * name, user name or e-mail contains {@code text}, optionally only one cohort's current
 * learners, in an order.
 *
 * @param cohortId only this cohort's current learners, with its deadline on every graded
 * activity; null for every learner the user sees
 */
public record GradebookQuery(String programmeId, String text, @Nullable String moduleId, Sort sort, boolean descending,
		@Nullable Long cohortId) {

	/** The learners' order. */
	public enum Sort {

		NAME, COMPLETION

	}

	public static GradebookQuery of(String programmeId) {
		return new GradebookQuery(programmeId, "", null, Sort.NAME, false, null);
	}

	public GradebookQuery withText(String value) {
		return new GradebookQuery(programmeId, value, moduleId, sort, descending, cohortId);
	}

	public GradebookQuery withModule(@Nullable String value) {
		return new GradebookQuery(programmeId, text, value, sort, descending, cohortId);
	}

	public GradebookQuery withCohort(@Nullable Long value) {
		return new GradebookQuery(programmeId, text, moduleId, sort, descending, value);
	}

	public GradebookQuery sorted(Sort value, boolean descendingOrder) {
		return new GradebookQuery(programmeId, text, moduleId, value, descendingOrder, cohortId);
	}

}
