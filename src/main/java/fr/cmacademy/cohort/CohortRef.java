package fr.cmacademy.cohort;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A cohort as other features refer to it. */
public record CohortRef(long id, long organisationId, String code, String name, @Nullable Instant deadline,
		boolean archived) {
}
