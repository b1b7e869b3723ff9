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
 * @param cohortId only the work of this cohort's current learners; null for every learner
 * the user sees
 */
public record QueueFilter(@Nullable WorkKind kind, @Nullable String moduleId, Set<GradeState> states,
		@Nullable Integer minAgeDays, @Nullable String learner, @Nullable Long cohortId) {

	public QueueFilter {
		states = states.isEmpty() ? Set.of(GradeState.WAITING, GradeState.DRAFT) : Set.copyOf(states);
	}

	/** A filter over every learner the user sees. */
	public QueueFilter(@Nullable WorkKind kind, @Nullable String moduleId, Set<GradeState> states,
			@Nullable Integer minAgeDays, @Nullable String learner) {
		this(kind, moduleId, states, minAgeDays, learner, null);
	}

	/** What a trainer wants first: everything not released yet. */
	public static QueueFilter toGrade() {
		return new QueueFilter(null, null, Set.of(GradeState.WAITING, GradeState.DRAFT), null, null);
	}

	/** The same filter for one cohort's learners (null: every learner the user sees). */
	public QueueFilter withCohort(@Nullable Long cohort) {
		return new QueueFilter(kind, moduleId, states, minAgeDays, learner, cohort);
	}

}
