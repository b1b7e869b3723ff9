/**
 * Assignment storage: one submission row per learner and assignment.
 */
@NullMarked
package fr.cmacademy.assignment.internal;

import org.jspecify.annotations.NullMarked;
