package fr.cmacademy.cohort;

import java.time.Instant;

/** A programme a cohort follows, since when. */
public record CohortProgramme(String programmeId, Instant addedAt) {
}
