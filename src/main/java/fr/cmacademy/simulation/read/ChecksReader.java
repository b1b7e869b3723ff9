package fr.cmacademy.simulation.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Checks.Cue;
import fr.cmacademy.simulation.model.Checks.Fault;

/** Reads free-text checks: length, require, forbid, tone and phrases. */
public final class ChecksReader {

	private final Reading reading;

	public ChecksReader(Reading reading) {
		this.reading = reading;
	}

	public @Nullable Checks read(@Nullable Node node) {
		MappingNode mapping = reading.mapping(node, "checks");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping,
				Set.of("length", "require", "forbid", "tone", "phrases"));
		Integer min = null;
		Integer max = null;
		MappingNode length = reading.mapping(reading.yaml().optional(entries, "length"), "length");
		if (length != null) {
			Map<String, NodeTuple> bounds = reading.entries(length, Set.of("min", "max"));
			min = reading.integer(reading.yaml().optional(bounds, "min"), "length min", 0, 100_000);
			max = reading.integer(reading.yaml().optional(bounds, "max"), "length max", 1, 100_000);
			if (min != null && max != null && min > max) {
				reading.problem(length, "length min (" + min + ") is greater than max (" + max + ")");
			}
			if (bounds.isEmpty()) {
				reading.problem(length, "length needs min, max or both, e.g. { min: 80, max: 600 }");
			}
		}
		List<Cue> require = names(reading.yaml().optional(entries, "require"), Cue.class, "require", "cue");
		List<Fault> forbid = names(reading.yaml().optional(entries, "forbid"), Fault.class, "forbid", "fault");
		Double atLeast = null;
		Double atMost = null;
		MappingNode tone = reading.mapping(reading.yaml().optional(entries, "tone"), "tone");
		if (tone != null) {
			Map<String, NodeTuple> bounds = reading.entries(tone, Set.of("at_least", "at_most"));
			atLeast = tone(reading.yaml().optional(bounds, "at_least"), "tone at_least");
			atMost = tone(reading.yaml().optional(bounds, "at_most"), "tone at_most");
			if (bounds.isEmpty()) {
				reading.problem(tone, "tone needs at_least, at_most or both, e.g. { at_least: 0.0 }");
			}
		}
		Phrases required = Phrases.NONE;
		Phrases forbidden = Phrases.NONE;
		MappingNode phrases = reading.mapping(reading.yaml().optional(entries, "phrases"), "phrases");
		if (phrases != null) {
			Map<String, NodeTuple> kinds = reading.entries(phrases, Set.of("require", "forbid"));
			required = phrases(reading.yaml().optional(kinds, "require"), "phrases require");
			forbidden = phrases(reading.yaml().optional(kinds, "forbid"), "phrases forbid");
		}
		return new Checks(min, max, require, forbid, atLeast, atMost, required.fr(), required.en(), forbidden.fr(),
				forbidden.en());
	}

	private <E extends Enum<E>> List<E> names(@Nullable Node node, Class<E> type, String what, String thing) {
		List<E> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, what);
		if (nodes != null) {
			for (Node item : nodes) {
				E value = reading.choice(item, type, thing);
				if (value != null && result.contains(value)) {
					reading.problem(item, "'" + reading.string(item, thing) + "' is listed twice in " + what);
				}
				else if (value != null) {
					result.add(value);
				}
			}
		}
		return List.copyOf(result);
	}

	private @Nullable Double tone(@Nullable Node node, String what) {
		Double value = reading.number(node, what);
		if (value != null && (value < -1 || value > 1) && node != null) {
			reading.problem(node, what + " must be between -1 and 1 (found " + value + ")");
			return null;
		}
		return value;
	}

	private record Phrases(List<String> fr, List<String> en) {

		static final Phrases NONE = new Phrases(List.of(), List.of());

	}

	private Phrases phrases(@Nullable Node node, String what) {
		MappingNode mapping = reading.mapping(node, what);
		if (mapping == null) {
			return Phrases.NONE;
		}
		Map<String, NodeTuple> languages = reading.entries(mapping, Set.of("fr", "en"));
		if (!languages.containsKey("fr")) {
			reading.problem(mapping, "missing translation: " + what + " has no French list (fr)");
		}
		if (!languages.containsKey("en")) {
			reading.problem(mapping, "missing translation: " + what + " has no English list (en)");
		}
		return new Phrases(reading.strings(reading.yaml().optional(languages, "fr"), what + " (fr)"),
				reading.strings(reading.yaml().optional(languages, "en"), what + " (en)"));
	}

}
