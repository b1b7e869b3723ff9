package fr.cmacademy.cohort;

/** An organisation (a company, a school) and how many cohorts it runs. */
public record Organisation(long id, String name, int cohorts) {
}
