package fr.cmacademy.simulation;

import fr.cmacademy.simulation.RunParts.Choice;
import fr.cmacademy.simulation.model.Condition;

/** Evaluates conditions on the accumulated state of a run. */
final class Conditions {

	private Conditions() {
	}

	static boolean holds(Condition condition, Working run) {
		return switch (condition) {
			case Condition.MetricIs m -> {
				Integer value = run.metrics.get(m.metric());
				yield value != null && m.comparison().test(value, m.value());
			}
			case Condition.FlagSet f -> run.flags.contains(f.flag());
			case Condition.Chose c -> {
				Choice choice = run.choices.get(c.decision());
				yield choice != null && c.option().equals(choice.option());
			}
			case Condition.TimeAfter t -> run.clock >= t.minutes();
			case Condition.ScoreAbove s -> run.score > s.points();
			case Condition.ActionCount a -> run.actionCounts.getOrDefault(a.action(), 0) >= a.atLeast();
			case Condition.All all -> all.conditions().stream().allMatch(c -> holds(c, run));
			case Condition.Any any -> any.conditions().stream().anyMatch(c -> holds(c, run));
			case Condition.Not not -> !holds(not.condition(), run);
		};
	}

}
