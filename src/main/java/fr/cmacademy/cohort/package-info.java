/**
 * Organisations and cohorts: a cohort groups learners and trainers, follows programmes
 * and may have a deadline. Enrolling a cohort enrols its learners, now and when they join
 * later; leaving a cohort keeps a learner's history. Trainers see the learners of the
 * cohorts they train, and only those.
 */
@NullMarked
package fr.cmacademy.cohort;

import org.jspecify.annotations.NullMarked;
