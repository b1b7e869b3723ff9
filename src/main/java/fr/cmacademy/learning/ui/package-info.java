/**
 * Views of the learner's side.
 */
@NullMarked
package fr.cmacademy.learning.ui;

import org.jspecify.annotations.NullMarked;
