package fr.cmacademy.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.cohort.internal.ScopeRepository;
import fr.cmacademy.cohort.internal.ScopeRepository.CohortRow;
import fr.cmacademy.cohort.internal.Viewer;
import fr.cmacademy.shared.Roles;

/**
 * The cohorts the signed-in trainer may filter by (grading queue, gradebook): the
 * non-archived cohorts they currently train; for admins every cohort, current ones first.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class TrainerCohorts {

	/** A cohort as a filter lists it. */
	public record Choice(long id, String code, String name, @Nullable Instant deadline, boolean archived) {
	}

	private final ScopeRepository scope;

	private final Viewer viewer;

	TrainerCohorts(ScopeRepository scope, Viewer viewer) {
		this.scope = scope;
		this.viewer = viewer;
	}

	/**
	 * Whether the signed-in user sees only the learners of their cohorts (a trainer), not
	 * everyone (an admin).
	 */
	public boolean scoped() {
		return !viewer.current().admin();
	}

	/** The signed-in user's cohorts, by name. */
	public List<Choice> mine() {
		Viewer.Who who = viewer.current();
		List<CohortRow> rows = who.admin() ? scope.all() : scope.trainedBy(who.id());
		return rows.stream().map(TrainerCohorts::choice).toList();
	}

	/**
	 * One cohort if the signed-in user may filter by it (a trainer: a non-archived cohort
	 * they currently train; an admin: any), else empty.
	 */
	public Optional<Choice> find(long cohortId) {
		Viewer.Who who = viewer.current();
		if (!who.admin() && !scope.trains(who.id(), cohortId)) {
			return Optional.empty();
		}
		return scope.cohort(cohortId).map(TrainerCohorts::choice);
	}

	private static Choice choice(CohortRow row) {
		return new Choice(row.id(), row.code(), row.name(), row.deadline(), row.archived());
	}

}
