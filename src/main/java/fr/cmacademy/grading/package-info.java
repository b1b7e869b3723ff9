/**
 * Trainers' grading: the queue of work waiting for a grade (assignments, essay answers of
 * quizzes, the written parts of scenario runs), grading on a rubric with comments, grades
 * kept as drafts until released, every change audited. A released grade is handed to the
 * feature that owns the work (which scores it and updates progress) and announced with
 * {@link fr.cmacademy.grading.GradeReleased}. Learners read only their own released
 * grades.
 */
@NullMarked
package fr.cmacademy.grading;

import org.jspecify.annotations.NullMarked;
