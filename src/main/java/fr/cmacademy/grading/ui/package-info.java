/**
 * The grading queue, the grading page and the learner's feedback page.
 */
@NullMarked
package fr.cmacademy.grading.ui;

import org.jspecify.annotations.NullMarked;
