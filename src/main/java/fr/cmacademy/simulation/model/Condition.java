package fr.cmacademy.simulation.model;

import java.util.List;

/**
 * A test on the accumulated state of a run: metrics, flags, earlier choices, simulated
 * time, score and action counts, combined with all/any/not.
 */
public sealed interface Condition {

	/** How a metric is compared with a value. */
	enum Comparison {

		ABOVE, BELOW, AT_LEAST, AT_MOST;

		public boolean test(double actual, double value) {
			return switch (this) {
				case ABOVE -> actual > value;
				case BELOW -> actual < value;
				case AT_LEAST -> actual >= value;
				case AT_MOST -> actual <= value;
			};
		}

	}

	record MetricIs(String metric, Comparison comparison, double value) implements Condition {
	}

	record FlagSet(String flag) implements Condition {
	}

	record Chose(String decision, String option) implements Condition {
	}

	record TimeAfter(int minutes) implements Condition {
	}

	record ScoreAbove(int points) implements Condition {
	}

	record ActionCount(ActionType action, int atLeast) implements Condition {
	}

	record All(List<Condition> conditions) implements Condition {
	}

	record Any(List<Condition> conditions) implements Condition {
	}

	record Not(Condition condition) implements Condition {
	}

}
