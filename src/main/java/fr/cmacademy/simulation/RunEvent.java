package fr.cmacademy.simulation;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.model.ActionType;

/**
 * One entry of a run's append-only log, at a simulated minute. Two runs of the same
 * scenario with the same seed and actions have equal logs.
 */
public sealed interface RunEvent {

	int at();

	record Started(int at, long seed) implements RunEvent {
	}

	/** A timeline event appeared, with the index of the text variant the seed picked. */
	record Released(int at, String event, int variant) implements RunEvent {
	}

	/**
	 * A timeline event will never appear: its condition was false, an effect cancelled
	 * it, its author is banned, or what it replies to never appeared or was deleted.
	 */
	record Skipped(int at, String event, String reason) implements RunEvent {
	}

	record DecisionOpened(int at, String decision) implements RunEvent {
	}

	/**
	 * A decision was answered; {@code option} is null when its deadline passed without an
	 * answer and it has no wait option. {@code passed} is set for free text.
	 */
	record Chosen(int at, String decision, @Nullable String option, boolean automatic,
			@Nullable Boolean passed) implements RunEvent {
	}

	record MetricChanged(int at, String metric, int from, int to, String cause) implements RunEvent {
	}

	record FlagChanged(int at, String flag, boolean set, String cause) implements RunEvent {
	}

	record Scored(int at, int points, int total, String cause) implements RunEvent {
	}

	record ItemModerated(int at, String item, ActionType action) implements RunEvent {
	}

	record QuestionAnswered(int at, String question, String value) implements RunEvent {
	}

	record DraftSubmitted(int at, String target, int version, boolean passed) implements RunEvent {
	}

	record Waited(int at, int until) implements RunEvent {
	}

	record Finished(int at, @Nullable String outcome) implements RunEvent {
	}

}
