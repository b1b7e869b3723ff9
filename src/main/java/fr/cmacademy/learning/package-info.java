/**
 * The learner's side: their dashboard ("my learning"), and later enrolments and progress.
 */
@NullMarked
package fr.cmacademy.learning;

import org.jspecify.annotations.NullMarked;
