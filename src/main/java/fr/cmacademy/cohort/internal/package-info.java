/**
 * Storage of organisations, cohorts, members and the programmes cohorts follow.
 */
@NullMarked
package fr.cmacademy.cohort.internal;

import org.jspecify.annotations.NullMarked;
