package fr.cmacademy.scenario;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.scenario.internal.RunRepository;
import fr.cmacademy.scenario.internal.RunRepository.RunRow;
import fr.cmacademy.scenario.internal.ScenarioDefinitions;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.ActionCodec;
import fr.cmacademy.simulation.Debrief;
import fr.cmacademy.simulation.Debrief.ReviewMarker;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.Simulation;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The written parts of finished runs as trainers review them: each part with the
 * situation it answered and the instant checks, and the points once released (the run is
 * scored again with them).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ScenarioReviews {

	/** A finished run to review, replayed with the points already released. */
	public record ReviewWork(RunSummary run, Scenario scenario, Debrief debrief) {
	}

	private final RunRepository runs;

	private final ScenarioDefinitions definitions;

	private final ApplicationEventPublisher events;

	private final AccountService accounts;

	ScenarioReviews(RunRepository runs, ScenarioDefinitions definitions, ApplicationEventPublisher events,
			AccountService accounts) {
		this.accounts = accounts;
		this.runs = runs;
		this.definitions = definitions;
		this.events = events;
	}

	/**
	 * A finished run with its written parts, for the learner who played it, admins, and
	 * the trainers of the learner's cohorts.
	 */
	@Transactional(readOnly = true)
	public ReviewWork work(long runId) {
		RunRow row = finished(runId);
		return work(row, runs.reviews(runId));
	}

	/**
	 * Releases the trainer's points for the run's written parts (by review key; each
	 * within its maximum) and scores the run again.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
	public Debrief release(long runId, Map<String, Integer> points) {
		RunRow row = runs.lock(runId)
			.filter(r -> r.summary().finished() && accounts.mayRead(r.summary().userId()))
			.orElseThrow(() -> new RunNotFoundException(runId));
		ReviewWork before = work(row, runs.reviews(runId));
		Map<String, Integer> maxima = before.debrief()
			.reviews()
			.stream()
			.collect(Collectors.toMap(ReviewMarker::key, ReviewMarker::maxPoints));
		Set<String> unknown = points.keySet()
			.stream()
			.filter(key -> !maxima.containsKey(key))
			.collect(Collectors.toSet());
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Run " + runId + " has no written parts " + unknown);
		}
		points.forEach((key, value) -> {
			if (value < 0 || value > maxima.get(key)) {
				throw new IllegalArgumentException(key + ": " + value + " outside 0–" + maxima.get(key));
			}
		});
		runs.saveReviews(runId, points);
		Debrief debrief = work(row, runs.reviews(runId)).debrief();
		boolean passed = debrief.verdict() == Debrief.Verdict.PASSED;
		boolean pending = debrief.verdict() == Debrief.Verdict.PENDING_REVIEW;
		runs.regrade(runId, debrief.score(), debrief.maxScore(), debrief.percent(), passed, pending);
		RunSummary run = row.summary();
		events.publishEvent(new ScenarioCompleted(run.userId(), run.scenarioId(), runId, debrief.score(),
				debrief.maxScore(), debrief.percent(), passed, pending));
		return debrief;
	}

	private ReviewWork work(RunRow row, Map<String, Integer> grades) {
		RunSummary run = row.summary();
		Scenario scenario = definitions.scenario(run.scenarioId(), run.version());
		RunState state = Simulation.replay(scenario, row.seed(), ActionCodec.decodeAll(runs.actions(run.id())));
		return new ReviewWork(run, scenario, definitions.debrief(state, run.version(), grades));
	}

	private RunRow finished(long runId) {
		return runs.run(runId)
			.filter(r -> r.summary().finished() && accounts.mayRead(r.summary().userId()))
			.orElseThrow(() -> new RunNotFoundException(runId));
	}

}
