/**
 * Assignment screens: the brief, the rubric and the learner's draft.
 */
@NullMarked
package fr.cmacademy.assignment.ui;

import org.jspecify.annotations.NullMarked;
