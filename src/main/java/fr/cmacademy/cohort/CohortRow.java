package fr.cmacademy.cohort;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A cohort as lists show it: its organisation, its deadline (UTC) and how many current
 * learners and trainers it has.
 */
public record CohortRow(long id, long organisationId, String organisationName, String code, String name,
		@Nullable Instant deadline, boolean archived, int learners, int trainers) {

	/** Whether the deadline has passed at {@code now}. */
	public boolean overdue(Instant now) {
		return deadline != null && deadline.isBefore(now);
	}

}
