package fr.cmacademy.simulation;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Scenario;

/**
 * Plays scenarios. A run is its scenario, a seed and the learner's actions; every state
 * is a pure function of those three, so a run is stored as its seed and encoded actions
 * and rebuilt with {@link #replay}. Randomness (text variants, a jitter of up to two
 * minutes on event times) comes only from the seed.
 */
public final class Simulation {

	private Simulation() {
	}

	/** A new run at minute 0, with what is due at once already in the thread. */
	public static RunState start(Scenario scenario, long seed) {
		Working run = new Working(scenario, seed);
		run.log.add(new RunEvent.Started(0, seed));
		if (scenario.kind() == Kind.CONVERSATION) {
			new ConversationPlay(run).start();
		}
		return run.freeze();
	}

	/**
	 * The state after one more action.
	 * @throws IllegalActionException when the action does not fit the state (see
	 * {@link #rejection})
	 */
	public static RunState apply(RunState state, Action action) {
		return apply(state, action, null);
	}

	/** Rebuilds a run from its seed and actions, e.g. read back from the database. */
	public static RunState replay(Scenario scenario, long seed, List<Action> actions) {
		RunState state = start(scenario, seed);
		for (Action action : actions) {
			state = apply(state, action);
		}
		return state;
	}

	/** Why an action would be refused in this state, if it would. */
	public static Optional<String> rejection(RunState state, Action action) {
		try {
			apply(state, action);
			return Optional.empty();
		}
		catch (IllegalActionException ex) {
			return Optional.of(ex.getMessage());
		}
	}

	/**
	 * Applies an action; {@code forcedPass} decides free-text checks when exploring
	 * paths.
	 */
	static RunState apply(RunState state, Action action, @Nullable Boolean forcedPass) {
		if (state.finished()) {
			throw new IllegalActionException("the run is finished");
		}
		Kind kind = state.scenario().kind();
		Working run = new Working(state);
		switch (action) {
			case Action.Choose choose -> {
				Option option = activeOption(state, choose.decision(), choose.option(), kind);
				if (option.freeText()) {
					throw new IllegalActionException(
							"option '" + option.id() + "' is free text: send the learner's text with Write");
				}
				new ConversationPlay(run).choose(decision(state, choose.decision()), option, null, null, null);
			}
			case Action.Write write -> {
				Option option = activeOption(state, write.decision(), write.option(), kind);
				if (!option.freeText()) {
					throw new IllegalActionException("option '" + option.id() + "' is not free text: use Choose");
				}
				new ConversationPlay(run).choose(decision(state, write.decision()), option, write.text(),
						write.language(), forcedPass);
			}
			case Action.Wait wait -> {
				require(kind == Kind.CONVERSATION, "wait only applies to conversations");
				require(wait.minutes() >= 0, "wait needs 0 or more minutes");
				new ConversationPlay(run).waitFor(wait.minutes());
			}
			case Action.Moderate moderate -> {
				require(kind == Kind.MODERATION, "moderate only applies to moderation scenarios");
				new DeskPlay(run).moderate(moderate.item(), moderate.action());
			}
			case Action.Answer answer -> {
				require(kind == Kind.ANALYTICS, "answer only applies to analytics scenarios");
				new DeskPlay(run).answer(answer.question(), answer.value(), answer.language());
			}
			case Action.Submit submit -> {
				require(kind == Kind.WRITING, "submit only applies to writing scenarios");
				new DeskPlay(run).submit(submit.target(), submit.text(), submit.altText(), submit.language());
			}
			case Action.Finish finish -> {
				if (kind == Kind.ANALYTICS) {
					new DeskPlay(run).finishAnalytics();
				}
				run.finish();
			}
		}
		return run.freeze();
	}

	private static Option activeOption(RunState state, String decisionId, String optionId, Kind kind) {
		require(kind == Kind.CONVERSATION, "decisions only exist in conversations");
		Decision active = state.activeDecision().orElse(null);
		require(active != null, "no decision is open");
		require(active.id().equals(decisionId),
				"decision '" + decisionId + "' is not the active one ('" + active.id() + "')");
		return active.option(optionId)
			.orElseThrow(
					() -> new IllegalActionException("decision '" + decisionId + "' has no option '" + optionId + "'"));
	}

	private static Decision decision(RunState state, String id) {
		return state.scenario().conversation().decision(id).orElseThrow();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalActionException(message);
		}
	}

}
