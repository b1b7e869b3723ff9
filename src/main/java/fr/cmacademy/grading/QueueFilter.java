package fr.cmacademy.grading;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which work the queue lists.
 *
 * @param kind null for every kind
 * @param moduleId null for every module
 * @param states the grade states to list (never empty)
 * @param minAgeDays only work submitted at least this many days ago; null for any age
 * @param learner text the learner's name or e-mail contains; null or blank for anyone
 */
public record QueueFilter(@Nullable WorkKind kind, @Nullable String moduleId, Set<GradeState> states,
		@Nullable Integer minAgeDays, @Nullable String learner) {

	public QueueFilter {
		states = states.isEmpty() ? Set.of(GradeState.WAITING, GradeState.DRAFT) : Set.copyOf(states);
	}

	/** What a trainer wants first: everything not released yet. */
	public static QueueFilter toGrade() {
		return new QueueFilter(null, null, Set.of(GradeState.WAITING, GradeState.DRAFT), null, null);
	}

}
