package fr.cmacademy.scenario;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.scenario.internal.RunRepository;
import fr.cmacademy.scenario.internal.RunRepository.RunRow;
import fr.cmacademy.scenario.internal.ScenarioDefinitions;
import fr.cmacademy.shared.Enrolments;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.ActionCodec;
import fr.cmacademy.simulation.Debrief;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.Simulation;
import fr.cmacademy.simulation.model.Scenario;

/**
 * A learner's runs: starting one, replaying it from its log, and acting. Every action is
 * appended to the log before the page shows its effect, so a reload, another device or a
 * server restart finds the run exactly where it was.
 */
@Service
@PreAuthorize("hasRole('" + Roles.LEARNER + "')")
public class ScenarioService {

	private final ContentCatalog content;

	private final ScenarioDefinitions definitions;

	private final RunRepository runs;

	private final AccountService accounts;

	private final Enrolments enrolments;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Random seeds = new SecureRandom();

	ScenarioService(ContentCatalog content, ScenarioDefinitions definitions, RunRepository runs,
			AccountService accounts, Enrolments enrolments, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.content = content;
		this.definitions = definitions;
		this.runs = runs;
		this.accounts = accounts;
		this.enrolments = enrolments;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ScenarioOverview overview(String scenarioId) {
		long user = userId();
		ItemEntry item = enrolledScenario(user, scenarioId);
		List<RunSummary> history = runs.runs(user, scenarioId);
		RunSummary open = history.stream().filter(r -> !r.finished()).findFirst().orElse(null);
		boolean passed = history.stream().anyMatch(r -> Boolean.TRUE.equals(r.passed()));
		return new ScenarioOverview(definitions.scenario(scenarioId, item.currentVersion()), item.moduleId(), history,
				open, passed);
	}

	/** Starts a run, or returns the open one: two clicks never make two runs. */
	public long start(String scenarioId) {
		try {
			return transactions.execute(status -> {
				long user = userId();
				ItemEntry item = enrolledScenario(user, scenarioId);
				List<RunSummary> history = runs.runs(user, scenarioId);
				for (RunSummary run : history) {
					if (!run.finished()) {
						return run.id();
					}
				}
				long id = runs.insert(user, scenarioId, item.currentVersion(), history.size() + 1, seeds.nextLong(),
						clock.instant());
				events.publishEvent(new ScenarioStarted(user, scenarioId, item.currentVersion(), id));
				return id;
			});
		}
		catch (DuplicateKeyException ex) {
			long user = userId();
			return transactions
				.execute(status -> runs.runs(user, scenarioId).stream().filter(r -> !r.finished()).findFirst())
				.orElseThrow(() -> ex)
				.id();
		}
	}

	/** The run, replayed from its log. */
	@Transactional(readOnly = true)
	public RunView run(long runId) {
		return view(owned(runId));
	}

	/**
	 * Applies an action if the page saw the latest state ({@code seq} = actions already
	 * in the log) and the engine allows it; a finished run is scored and announced once.
	 */
	@Transactional
	public ActResult act(long runId, Action action, int seq) {
		long user = userId();
		// One read that both locks the run and checks it is the learner's.
		RunRow row = runs.lock(runId)
			.filter(r -> r.summary().userId() == user)
			.orElseThrow(() -> new RunNotFoundException(runId));
		RunView current = view(row);
		if (current.seq() != seq || row.summary().finished()) {
			return new ActResult.Stale(current);
		}
		var rejection = Simulation.rejection(current.state(), action);
		if (rejection.isPresent()) {
			return new ActResult.Rejected(current, rejection.get());
		}
		RunState next = Simulation.apply(current.state(), action);
		runs.append(runId, seq, ActionCodec.encode(action), clock.instant());
		RunSummary summary = row.summary();
		if (next.finished()) {
			Debrief debrief = definitions.debrief(next, summary.version());
			boolean pending = debrief.verdict() == Debrief.Verdict.PENDING_REVIEW;
			boolean passed = debrief.verdict() == Debrief.Verdict.PASSED;
			runs.finish(runId, clock.instant(), debrief.score(), debrief.maxScore(), debrief.percent(), passed,
					pending);
			events.publishEvent(new ScenarioCompleted(summary.userId(), summary.scenarioId(), runId, debrief.score(),
					debrief.maxScore(), debrief.percent(), passed, pending));
			if (debrief.reviews().stream().anyMatch(review -> review.given() == null)) {
				events.publishEvent(new RepliesAwaitingReview(summary.userId(), summary.scenarioId(), runId,
						clock.instant(), debrief.reviews().stream().mapToInt(Debrief.ReviewMarker::maxPoints).sum()));
			}
			summary = runs.run(runId).orElseThrow().summary();
		}
		return new ActResult.Applied(new RunView(summary, current.scenario(), next, seq + 1));
	}

	private RunView view(RunRow row) {
		RunSummary summary = row.summary();
		Scenario scenario = definitions.scenario(summary.scenarioId(), summary.version());
		List<String> log = runs.actions(summary.id());
		RunState state = Simulation.replay(scenario, row.seed(), ActionCodec.decodeAll(log));
		return new RunView(summary, scenario, state, log.size());
	}

	private RunRow owned(long runId) {
		long user = userId();
		return runs.run(runId)
			.filter(r -> r.summary().userId() == user)
			.orElseThrow(() -> new RunNotFoundException(runId));
	}

	private ItemEntry enrolledScenario(long user, String scenarioId) {
		ModuleEntry module = content.moduleOfItem(scenarioId)
			.orElseThrow(() -> new IllegalArgumentException(scenarioId));
		ItemEntry item = module.items().stream().filter(i -> i.id().equals(scenarioId)).findFirst().orElseThrow();
		if (!"SCENARIO".equals(item.kind())) {
			throw new IllegalArgumentException(scenarioId + " is not a scenario");
		}
		if (!enrolments.isEnrolled(user, module.programmeId())) {
			throw new AccessDeniedException("Not enrolled in " + module.programmeId());
		}
		return item;
	}

	private long userId() {
		return accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
