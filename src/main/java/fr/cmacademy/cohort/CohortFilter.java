package fr.cmacademy.cohort;

import org.jspecify.annotations.Nullable;

/**
 * Which cohorts a list shows: a piece of their code, name or organisation's name, one
 * organisation or all, and whether archived cohorts are included.
 */
public record CohortFilter(String text, @Nullable Long organisationId, boolean withArchived) {

	public static CohortFilter all() {
		return new CohortFilter("", null, false);
	}

}
