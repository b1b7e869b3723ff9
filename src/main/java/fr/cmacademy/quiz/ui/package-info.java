/**
 * Quiz screens: the quiz page, the attempt and its review.
 */
@NullMarked
package fr.cmacademy.quiz.ui;

import org.jspecify.annotations.NullMarked;
