package fr.cmacademy.simulation.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Condition;
import fr.cmacademy.simulation.model.Condition.Comparison;

/**
 * Reads conditions ({@code { metric: sentiment, above: 40 }}, {@code { flag: x }},
 * {@code { chose: d1.apologise }}, {@code all}/{@code any}/{@code not}…) and queues the
 * checks of the metrics, flags, decisions and options they name.
 */
public final class ConditionReader {

	private static final String FORMS = "metric (with above, below, at_least or at_most), flag, chose, time_after, "
			+ "score_above, action_count, all, any, not";

	private static final Set<String> KEYS = Set.of("metric", "above", "below", "at_least", "at_most", "flag", "chose",
			"time_after", "score_above", "action_count", "all", "any", "not");

	private final Reading reading;

	public ConditionReader(Reading reading) {
		this.reading = reading;
	}

	public @Nullable Condition read(@Nullable Node node) {
		if (node == null) {
			return null;
		}
		if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
			reading.problem(node, "a condition is a mapping with one of: " + FORMS);
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, KEYS);
		if (entries.containsKey("metric")) {
			return metric(mapping, entries);
		}
		if (entries.size() != 1) {
			reading.problem(node, "a condition has exactly one of: " + FORMS + " (found "
					+ String.join(", ", entries.keySet()) + "); combine several with all: [ … ]");
			return null;
		}
		String key = entries.keySet().iterator().next();
		Node value = entries.get(key).getValueNode();
		return switch (key) {
			case "flag" -> flag(value);
			case "chose" -> chose(value);
			case "time_after" -> {
				Integer minutes = reading.integer(value, "time_after", 0, 100_000);
				yield minutes == null ? null : new Condition.TimeAfter(minutes);
			}
			case "score_above" -> {
				Integer points = reading.integer(value, "score_above", -100_000, 100_000);
				yield points == null ? null : new Condition.ScoreAbove(points);
			}
			case "action_count" -> actionCount(value);
			case "all", "any" -> group(key, value);
			case "not" -> {
				Condition inner = read(value);
				yield inner == null ? null : new Condition.Not(inner);
			}
			default -> {
				reading.problem(node, "'" + key + "' needs a metric: { metric: sentiment, " + key + ": 40 }");
				yield null;
			}
		};
	}

	private @Nullable Condition metric(MappingNode node, Map<String, NodeTuple> entries) {
		Node metricNode = entries.get("metric").getValueNode();
		String metric = reading.id(metricNode, "metric");
		List<String> comparisons = entries.keySet().stream().filter(k -> !"metric".equals(k)).toList();
		if (comparisons.size() != 1 || !Set.of("above", "below", "at_least", "at_most").contains(comparisons.get(0))) {
			reading.problem(node, "a metric condition has the metric and exactly one of above, below, at_least, "
					+ "at_most, e.g. { metric: sentiment, above: 40 }");
			return null;
		}
		String key = comparisons.get(0);
		Double value = reading.number(entries.get(key).getValueNode(), key);
		if (metric == null || value == null) {
			return null;
		}
		reading.reference("metric", metric, metricNode, "metric");
		return new Condition.MetricIs(metric, Comparison.valueOf(key.toUpperCase(java.util.Locale.ROOT)), value);
	}

	private @Nullable Condition flag(Node value) {
		String flag = reading.id(value, "flag");
		if (flag == null) {
			return null;
		}
		reading.reference("flag", flag, value, "flag");
		return new Condition.FlagSet(flag);
	}

	private @Nullable Condition chose(Node value) {
		String text = reading.string(value, "chose");
		if (text == null) {
			return null;
		}
		int dot = text.indexOf('.');
		if (dot <= 0 || dot == text.length() - 1 || text.indexOf('.', dot + 1) >= 0) {
			reading.problem(value, "chose names a decision and one of its options: chose: d1.apologise");
			return null;
		}
		String decision = text.substring(0, dot);
		String option = text.substring(dot + 1);
		reading.later(() -> {
			if (!reading.known("decision", decision)) {
				reading.problem(value,
						"unknown decision '" + decision + "' in chose (" + reading.declaredList("decision") + ")");
			}
			else if (!reading.known("option:" + decision, option)) {
				reading.problem(value, "unknown option '" + option + "' of decision '" + decision + "' in chose ("
						+ reading.declaredList("option:" + decision) + ")");
			}
		});
		return new Condition.Chose(decision, option);
	}

	private @Nullable Condition actionCount(Node value) {
		MappingNode mapping = reading.mapping(value, "action_count");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, Set.of("action", "at_least"));
		ActionType action = reading.choice(reading.yaml().required(entries, "action", mapping), ActionType.class,
				"action");
		Integer atLeast = reading.integer(reading.yaml().required(entries, "at_least", mapping), "at_least", 1, 1000);
		return action == null || atLeast == null ? null : new Condition.ActionCount(action, atLeast);
	}

	private @Nullable Condition group(String key, Node value) {
		List<Node> nodes = reading.list(value, key);
		if (nodes == null) {
			return null;
		}
		List<Condition> conditions = new ArrayList<>();
		boolean complete = true;
		for (Node item : nodes) {
			Condition condition = read(item);
			if (condition == null) {
				complete = false;
			}
			else {
				conditions.add(condition);
			}
		}
		if (!complete) {
			return null;
		}
		return "all".equals(key) ? new Condition.All(List.copyOf(conditions))
				: new Condition.Any(List.copyOf(conditions));
	}

}
