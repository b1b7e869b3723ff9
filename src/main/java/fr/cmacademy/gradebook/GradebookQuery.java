package fr.cmacademy.gradebook;

import org.jspecify.annotations.Nullable;

/**
 * What the gradebook shows: a programme, optionally one module's columns, learners whose
 * name, user name or e-mail contains {@code text}, in an order.
 */
public record GradebookQuery(String programmeId, String text, @Nullable String moduleId, Sort sort,
		boolean descending) {

	/** The learners' order. */
	public enum Sort {

		NAME, COMPLETION

	}

	public static GradebookQuery of(String programmeId) {
		return new GradebookQuery(programmeId, "", null, Sort.NAME, false);
	}

	public GradebookQuery withText(String value) {
		return new GradebookQuery(programmeId, value, moduleId, sort, descending);
	}

	public GradebookQuery withModule(@Nullable String value) {
		return new GradebookQuery(programmeId, text, value, sort, descending);
	}

	public GradebookQuery sorted(Sort value, boolean descendingOrder) {
		return new GradebookQuery(programmeId, text, moduleId, value, descendingOrder);
	}

}
