/**
 * Written assignments: a learner drafts an answer to a brief (saved as it is typed,
 * guarded by a revision so another tab never overwrites newer text) and submits it for a
 * trainer to grade on the assignment's rubric. Publishes
 * {@link fr.cmacademy.assignment.AssignmentStarted} and
 * {@link fr.cmacademy.assignment.AssignmentSubmitted}.
 */
@NullMarked
package fr.cmacademy.assignment;

import org.jspecify.annotations.NullMarked;
