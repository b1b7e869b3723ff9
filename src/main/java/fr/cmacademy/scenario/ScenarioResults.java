package fr.cmacademy.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.scenario.internal.ScenarioResultRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

/**
 * Scenario results of many learners at once, for trainers' read models (gradebook,
 * learner record): one query whatever the number of learners and scenarios. Learners
 * outside the user's {@link TrainerScope} are never read.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class ScenarioResults {

	/**
	 * A learner's standing on one scenario.
	 *
	 * @param best the finished run with the best percentage, null if none is finished
	 * @param runs how many runs were started
	 * @param inProgress whether a run is open
	 */
	public record ScenarioResult(@Nullable RunSummary best, int runs, boolean inProgress) {
	}

	private final ScenarioResultRepository repository;

	private final TrainerScope scope;

	ScenarioResults(ScenarioResultRepository repository, TrainerScope scope) {
		this.repository = repository;
		this.scope = scope;
	}

	/**
	 * Results per learner and scenario ({@code user → scenario → result}); learners
	 * without any run of a scenario have no entry for it.
	 */
	public Map<Long, Map<String, ScenarioResult>> results(Collection<Long> userIds, Collection<String> scenarioIds) {
		if (userIds.isEmpty() || scenarioIds.isEmpty()) {
			return Map.of();
		}
		Collection<Long> visible = scope.visible(userIds);
		return visible.isEmpty() ? Map.of() : repository.results(visible, scenarioIds);
	}

	/**
	 * Every run of one learner, by scenario and number.
	 * @throws AccessDeniedException for a learner outside the user's scope
	 */
	public List<RunSummary> runs(long userId) {
		if (!scope.currentUserSees(userId)) {
			throw new AccessDeniedException("Learner " + userId + " is not in scope");
		}
		return repository.runs(userId);
	}

}
