package fr.cmacademy.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Whose work the signed-in user may see. Admins see everyone, learners themselves, and a
 * trainer the learners with whom they share a cohort: both current members (not removed)
 * of the same non-archived cohort, the trainer as a trainer and the learner as a learner.
 * Implemented by the cohort feature, so that the features it depends on (accounts,
 * progress, quizzes, scenarios, assignments) can check it without a cycle.
 */
public interface TrainerScope {

	/**
	 * Whether {@code trainerId} currently trains a non-archived cohort in which
	 * {@code learnerId} is a current learner (roles not considered: a pure membership
	 * check).
	 */
	boolean sees(long trainerId, long learnerId);

	/**
	 * Whether the signed-in user may see this learner's work: an admin anyone, anyone
	 * themselves, a trainer the learners of their cohorts. False for an anonymous
	 * visitor.
	 */
	boolean currentUserSees(long learnerId);

	/**
	 * Of these users, those the signed-in user may see; one query for a trainer, none for
	 * an admin.
	 */
	Set<Long> visible(Collection<Long> learnerIds);

	/**
	 * A condition for a SQL {@code WHERE} keeping the rows whose {@code userColumn} is a
	 * learner the signed-in user may see, and with {@code cohortId} only the current
	 * learners of that cohort. It is a subquery over cohort membership (no list of ids),
	 * with named parameters that all start with {@code scope}.
	 * @throws org.springframework.security.access.AccessDeniedException when
	 * {@code cohortId} is a cohort the signed-in user may not look at (a trainer's cohort
	 * they do not train, or an unknown one)
	 */
	Condition learners(String userColumn, @Nullable Long cohortId);

	/** A piece of SQL and the named parameters it uses. */
	record Condition(String sql, Map<String, Object> params) {

		public Condition {
			params = Map.copyOf(params);
		}

		/** A condition every row meets. */
		public static Condition all() {
			return new Condition("TRUE", Map.of());
		}

	}

}
