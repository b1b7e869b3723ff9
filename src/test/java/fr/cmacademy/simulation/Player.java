package fr.cmacademy.simulation;

import java.util.ArrayList;
import java.util.List;

import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Scenario;

/**
 * Plays a run in tests the way a UI would, keeping the actions it sent so that the run
 * can be replayed: waits until a decision is active, then answers it.
 */
final class Player {

	private RunState state;

	private final List<Action> actions = new ArrayList<>();

	Player(Scenario scenario, long seed) {
		this.state = Simulation.start(scenario, seed);
	}

	RunState state() {
		return state;
	}

	List<Action> actions() {
		return List.copyOf(actions);
	}

	Player act(Action action) {
		state = Simulation.apply(state, action);
		actions.add(action);
		return this;
	}

	/** Waits until this decision is the active one (fails if another one is). */
	Player until(String decision) {
		while (!state.finished()) {
			Decision active = state.activeDecision().orElse(null);
			if (active != null && active.id().equals(decision)) {
				return this;
			}
			if (active != null) {
				throw new AssertionError("decision " + active.id() + " is active, not " + decision);
			}
			act(new Action.Wait(0));
		}
		throw new AssertionError("the run finished before decision " + decision + " opened");
	}

	Player choose(String decision, String option) {
		return until(decision).act(new Action.Choose(decision, option));
	}

	Player write(String decision, String option, String text, String language) {
		return until(decision).act(new Action.Write(decision, option, text, language));
	}

	/**
	 * Answers every remaining decision with the expert's option and waits out the rest.
	 */
	Player playBest() {
		while (!state.finished()) {
			Decision active = state.activeDecision().orElse(null);
			if (active == null) {
				act(new Action.Wait(0));
				continue;
			}
			// A free-text expert option needs a text: take the first written option
			// instead.
			String option = active.option(active.best())
				.filter(o -> !o.freeText())
				.or(() -> active.options().stream().filter(o -> !o.freeText()).findFirst())
				.orElseThrow()
				.id();
			act(new Action.Choose(active.id(), option));
		}
		return this;
	}

	/**
	 * Answers every remaining decision with its first non-free-text option of this id,
	 * else the first.
	 */
	Player playWith(String preferredOption) {
		while (!state.finished()) {
			Decision active = state.activeDecision().orElse(null);
			if (active == null) {
				act(new Action.Wait(0));
				continue;
			}
			String option = active.option(preferredOption)
				.filter(o -> !o.freeText())
				.map(o -> o.id())
				.orElse(active.options().stream().filter(o -> !o.freeText()).findFirst().orElseThrow().id());
			act(new Action.Choose(active.id(), option));
		}
		return this;
	}

}
