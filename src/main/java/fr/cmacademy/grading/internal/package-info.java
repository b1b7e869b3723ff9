/**
 * Grading storage (work rows with their grade, criteria and audit) and the listeners that
 * queue submitted work.
 */
@NullMarked
package fr.cmacademy.grading.internal;

import org.jspecify.annotations.NullMarked;
