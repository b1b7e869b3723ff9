package fr.cmacademy.cohort;

import java.util.List;

/** A cohort on a trainer's home, with the ids of the programmes it follows. */
public record MyCohort(CohortRow cohort, List<String> programmeIds) {
}
