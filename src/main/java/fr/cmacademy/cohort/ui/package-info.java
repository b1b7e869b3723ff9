/**
 * Views of the trainer's side.
 */
@NullMarked
package fr.cmacademy.cohort.ui;

import org.jspecify.annotations.NullMarked;
