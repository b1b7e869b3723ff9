package fr.cmacademy.cohort;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What an admin enters to create or edit a cohort; the deadline is an instant (UTC). */
public record CohortForm(@Nullable Long organisationId, String code, String name, @Nullable Instant deadline) {
}
