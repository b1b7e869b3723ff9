package fr.cmacademy.grading;

import org.jspecify.annotations.Nullable;

/**
 * A grade became visible to the learner, or a released grade was changed.
 *
 * @param passed whether the work passed on its own (null for an essay, which counts
 * within its attempt)
 * @param changed true when a released grade was changed
 */
public record GradeReleased(long workId, WorkKind kind, long learnerId, String itemId, double points, double maxPoints,
		@Nullable Boolean passed, boolean changed) {
}
