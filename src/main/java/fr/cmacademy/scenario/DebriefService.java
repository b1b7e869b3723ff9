package fr.cmacademy.scenario;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
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
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.Simulation;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The debrief of a finished run, replayed from its log: for the learner who played it,
 * for admins, and for the trainers of the cohorts the learner is in.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.LEARNER + "', '" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class DebriefService {

	/** A finished run with its debrief. */
	public record RunDebrief(RunSummary run, Scenario scenario, RunState state, Debrief debrief, boolean own) {
	}

	private final RunRepository runs;

	private final ScenarioDefinitions definitions;

	private final AccountService accounts;

	DebriefService(RunRepository runs, ScenarioDefinitions definitions, AccountService accounts) {
		this.runs = runs;
		this.definitions = definitions;
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public RunDebrief debrief(long runId) {
		long user = accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		// Out of scope looks exactly like an unknown run.
		RunRow row = runs.run(runId)
			.filter(r -> accounts.mayRead(r.summary().userId()))
			.orElseThrow(() -> new RunNotFoundException(runId));
		if (!row.summary().finished()) {
			throw new IllegalStateException("Run " + runId + " is not finished");
		}
		Scenario scenario = definitions.scenario(row.summary().scenarioId(), row.summary().version());
		List<String> log = runs.actions(runId);
		RunState state = Simulation.replay(scenario, row.seed(), ActionCodec.decodeAll(log));
		return new RunDebrief(row.summary(), scenario, state,
				definitions.debrief(state, row.summary().version(), runs.reviews(runId)),
				row.summary().userId() == user);
	}

}
