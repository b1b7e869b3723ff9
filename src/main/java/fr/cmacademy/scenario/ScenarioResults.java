package fr.cmacademy.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.scenario.internal.ScenarioResultRepository;
import fr.cmacademy.shared.Roles;

/**
 * Scenario results of many learners at once, for trainers' read models (gradebook,
 * learner record): one query whatever the number of learners and scenarios.
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

	ScenarioResults(ScenarioResultRepository repository) {
		this.repository = repository;
	}

	/**
	 * Results per learner and scenario ({@code user → scenario → result}); learners
	 * without any run of a scenario have no entry for it.
	 */
	public Map<Long, Map<String, ScenarioResult>> results(Collection<Long> userIds, Collection<String> scenarioIds) {
		if (userIds.isEmpty() || scenarioIds.isEmpty()) {
			return Map.of();
		}
		return repository.results(userIds, scenarioIds);
	}

	/** Every run of one learner, by scenario and number. */
	public List<RunSummary> runs(long userId) {
		return repository.runs(userId);
	}

}
