/**
 * Views of cohorts: the trainer's home (their cohorts) and the admin's pages for
 * organisations, cohorts, their members, programmes and deadlines.
 */
@NullMarked
package fr.cmacademy.cohort.ui;

import org.jspecify.annotations.NullMarked;
