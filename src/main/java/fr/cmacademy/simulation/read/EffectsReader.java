package fr.cmacademy.simulation.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import fr.cmacademy.simulation.model.Effects;

/**
 * Reads effects ({@code metrics}, {@code set}, {@code clear}, {@code release},
 * {@code cancel}, {@code advance}, {@code score}) and queues the checks of the metrics,
 * flags and events they name.
 */
public final class EffectsReader {

	private static final Set<String> KEYS = Set.of("metrics", "set", "clear", "release", "cancel", "advance", "score");

	private final Reading reading;

	public EffectsReader(Reading reading) {
		this.reading = reading;
	}

	/** The effects, {@link Effects#NONE} when absent or broken. */
	public Effects read(@Nullable Node node, String what) {
		MappingNode mapping = reading.mapping(node, what);
		if (mapping == null) {
			return Effects.NONE;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, KEYS);
		Map<String, Integer> metrics = metrics(reading.yaml().optional(entries, "metrics"));
		List<String> set = ids(reading.yaml().optional(entries, "set"), "set", "flag");
		List<String> clear = ids(reading.yaml().optional(entries, "clear"), "clear", "flag");
		List<String> release = events(reading.yaml().optional(entries, "release"), "release");
		List<String> cancel = events(reading.yaml().optional(entries, "cancel"), "cancel");
		Integer advance = reading.integer(reading.yaml().optional(entries, "advance"), "advance", 0, 10_000);
		Integer score = reading.integer(reading.yaml().optional(entries, "score"), "score", -1000, 1000);
		return new Effects(metrics, set, clear, release, cancel, advance, score == null ? 0 : score);
	}

	private Map<String, Integer> metrics(@Nullable Node node) {
		MappingNode mapping = reading.mapping(node, "metrics");
		Map<String, Integer> result = new LinkedHashMap<>();
		if (mapping == null) {
			return result;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				reading.problem(tuple.getKeyNode(), "metric names must be plain text");
				continue;
			}
			String metric = key.getValue();
			Integer change = reading.integer(tuple.getValueNode(), "the change of metric '" + metric + "'", -1000,
					1000);
			if (result.containsKey(metric)) {
				reading.problem(key, "metric '" + metric + "' is changed twice in the same effects");
				continue;
			}
			reading.reference("metric", metric, key, "metric");
			if (change != null) {
				result.put(metric, change);
			}
		}
		return result;
	}

	private List<String> ids(@Nullable Node node, String what, String namespace) {
		List<String> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, what);
		if (nodes != null) {
			for (Node item : nodes) {
				String id = reading.id(item, namespace);
				if (id != null) {
					reading.reference(namespace, id, item, namespace);
					result.add(id);
				}
			}
		}
		return List.copyOf(result);
	}

	private List<String> events(@Nullable Node node, String what) {
		List<String> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, what);
		if (nodes == null) {
			return result;
		}
		for (Node item : nodes) {
			String id = reading.id(item, "event");
			if (id == null) {
				continue;
			}
			result.add(id);
			if ("release".equals(what)) {
				reading.released().add(id);
			}
			reading.later(() -> {
				if (!reading.known("event", id)) {
					reading.problem(item,
							"unknown event '" + id + "' in " + what + " (" + reading.declaredList("event") + ")");
				}
				else if ("release".equals(what) && !reading.known("effect-event", id)) {
					reading.problem(item, "event '" + id + "' is released by an effect but has no 'trigger: effect': "
							+ "add it to the event (and remove its 'at')");
				}
			});
		}
		return List.copyOf(result);
	}

}
