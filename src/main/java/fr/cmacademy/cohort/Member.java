package fr.cmacademy.cohort;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A current member of a cohort, as the admin's cohort page lists them. */
public record Member(long userId, String username, String displayName, @Nullable String email, Instant addedAt) {
}
