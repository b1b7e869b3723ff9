package fr.cmacademy.cohort.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.shared.TrainerScope;

/**
 * Trainer scope from cohort membership: a trainer sees the current learners of the
 * non-archived cohorts they currently train; admins see everyone; anyone sees themselves.
 */
@Component
class CohortTrainerScope implements TrainerScope {

	private final ScopeRepository scope;

	private final Viewer viewer;

	CohortTrainerScope(ScopeRepository scope, Viewer viewer) {
		this.scope = scope;
		this.viewer = viewer;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sees(long trainerId, long learnerId) {
		return scope.sees(trainerId, learnerId);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean currentUserSees(long learnerId) {
		Viewer.Who who = viewer.current();
		if (!who.signedIn()) {
			return false;
		}
		return who.admin() || who.id() == learnerId || (who.trainer() && scope.sees(who.id(), learnerId));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> visible(Collection<Long> learnerIds) {
		Viewer.Who who = viewer.current();
		if (who.admin()) {
			return Set.copyOf(learnerIds);
		}
		Set<Long> visible = learnerIds.stream()
			.filter(id -> who.signedIn() && id == who.id())
			.collect(Collectors.toCollection(java.util.HashSet::new));
		if (who.trainer() && !learnerIds.isEmpty()) {
			visible.addAll(scope.visible(who.id(), learnerIds));
		}
		return Set.copyOf(visible);
	}

	@Override
	@Transactional(readOnly = true)
	public Condition learners(String userColumn, @Nullable Long cohortId) {
		Viewer.Who who = viewer.current();
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder();
		if (who.admin()) {
			sql.append("TRUE");
		}
		else if (who.trainer()) {
			sql.append(userColumn).append(" IN (").append(ScopeRepository.LEARNERS_OF_TRAINER).append(')');
			params.put("scopeTrainer", who.id());
		}
		else {
			// Learners and anonymous visitors never see a roster of others.
			sql.append("FALSE");
		}
		if (cohortId != null) {
			boolean allowed = who.admin() ? scope.cohort(cohortId).isPresent()
					: who.trainer() && scope.trains(who.id(), cohortId);
			if (!allowed) {
				throw new AccessDeniedException("Cohort " + cohortId + " is not in scope");
			}
			sql.append(" AND ")
				.append(userColumn)
				.append(" IN (")
				.append(ScopeRepository.LEARNERS_OF_COHORT)
				.append(')');
			params.put("scopeCohort", cohortId);
		}
		return new Condition("(" + sql + ")", params);
	}

}
