package fr.cmacademy.simulation;

import java.util.LinkedHashSet;
import java.util.Set;

import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Scenario;

/**
 * Plays every path of a conversation (each option of each decision, free text passing and
 * failing, and letting a deadline pass), to know the best reachable score and which
 * decisions and outcomes some path reaches. Stops after {@link #LIMIT} finished paths;
 * the result then says it is incomplete.
 */
final class Explorer {

	static final int LIMIT = 20_000;

	private static final int MAX_DEPTH = 300;

	/**
	 * @param complete false when the limit cut the exploration short
	 */
	record Result(int maxScore, Set<String> openedDecisions, Set<String> outcomes, boolean complete) {
	}

	private int leaves;

	private int maxScore = Integer.MIN_VALUE;

	private boolean complete = true;

	private final Set<String> opened = new LinkedHashSet<>();

	private final Set<String> outcomes = new LinkedHashSet<>();

	private Explorer() {
	}

	static Result explore(Scenario scenario, long seed) {
		if (scenario.kind() != Kind.CONVERSATION) {
			throw new IllegalArgumentException("only conversations branch");
		}
		Explorer explorer = new Explorer();
		explorer.visit(Simulation.start(scenario, seed), 0);
		return new Result(explorer.maxScore == Integer.MIN_VALUE ? 0 : explorer.maxScore, explorer.opened,
				explorer.outcomes, explorer.complete);
	}

	private void visit(RunState state, int depth) {
		if (leaves >= LIMIT || depth > MAX_DEPTH) {
			complete = false;
			return;
		}
		opened.addAll(state.openedDecisions());
		if (state.finished()) {
			leaves++;
			maxScore = Math.max(maxScore, state.score());
			if (state.outcomeId() != null) {
				outcomes.add(state.outcomeId());
			}
			return;
		}
		Decision active = state.activeDecision().orElse(null);
		if (active == null) {
			visit(Simulation.apply(state, new Action.Wait(0)), depth + 1);
			return;
		}
		for (Option option : active.options()) {
			if (option.freeText()) {
				Action write = new Action.Write(active.id(), option.id(), "", "en");
				visit(Simulation.apply(state, write, true), depth + 1);
				visit(Simulation.apply(state, write, false), depth + 1);
			}
			else {
				visit(Simulation.apply(state, new Action.Choose(active.id(), option.id())), depth + 1);
			}
		}
		if (state.deadlineAt().isPresent()) {
			int minutes = Math.max(0, state.deadlineAt().getAsInt() - state.clock());
			visit(Simulation.apply(state, new Action.Wait(minutes)), depth + 1);
		}
	}

}
