/**
 * The trainer's side: their cohorts and the learners in them.
 */
@NullMarked
package fr.cmacademy.cohort;

import org.jspecify.annotations.NullMarked;
