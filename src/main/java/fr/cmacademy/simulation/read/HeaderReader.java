package fr.cmacademy.simulation.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;
import fr.cmacademy.simulation.model.Brand;
import fr.cmacademy.simulation.model.Brief;
import fr.cmacademy.simulation.model.Metric;
import fr.cmacademy.simulation.model.Outcome;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.Platform;

/**
 * Reads the parts every kind shares: brand and brief, personas, metrics, flags and
 * outcomes.
 */
public final class HeaderReader {

	private final Reading reading;

	private final YamlNodes yaml;

	public HeaderReader(Reading reading) {
		this.reading = reading;
		this.yaml = reading.yaml();
	}

	public @Nullable Brand brand(@Nullable Node node) {
		MappingNode mapping = reading.mapping(node, "brand");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, Set.of("name", "handle", "platform", "brief"));
		String name = reading.string(yaml.required(entries, "name", mapping), "brand name");
		String handle = reading.string(yaml.required(entries, "handle", mapping), "brand handle");
		Platform platform = reading.choice(yaml.required(entries, "platform", mapping), Platform.class, "platform");
		Brief brief = brief(yaml.required(entries, "brief", mapping));
		if (name == null || handle == null || platform == null || brief == null) {
			return null;
		}
		return new Brand(name, handle, platform, brief);
	}

	private @Nullable Brief brief(@Nullable Node node) {
		MappingNode mapping = reading.mapping(node, "brief");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping,
				Set.of("tone", "charter", "may_share", "must_escalate", "forbidden_promises"));
		Text tone = reading.text(yaml.required(entries, "tone", mapping), "tone");
		List<Text> charter = reading.texts(yaml.required(entries, "charter", mapping), "charter");
		List<Text> mayShare = reading.texts(yaml.optional(entries, "may_share"), "may_share");
		List<Text> mustEscalate = reading.texts(yaml.optional(entries, "must_escalate"), "must_escalate");
		List<String> promisesFr = List.of();
		List<String> promisesEn = List.of();
		MappingNode promises = reading.mapping(yaml.optional(entries, "forbidden_promises"), "forbidden_promises");
		if (promises != null) {
			Map<String, NodeTuple> languages = reading.entries(promises, Set.of("fr", "en"));
			if (!languages.containsKey("fr")) {
				reading.problem(promises, "missing translation: forbidden_promises has no French list (fr)");
			}
			if (!languages.containsKey("en")) {
				reading.problem(promises, "missing translation: forbidden_promises has no English list (en)");
			}
			promisesFr = reading.strings(yaml.optional(languages, "fr"), "forbidden_promises (fr)");
			promisesEn = reading.strings(yaml.optional(languages, "en"), "forbidden_promises (en)");
		}
		return tone == null ? null : new Brief(tone, charter, mayShare, mustEscalate, promisesFr, promisesEn);
	}

	public List<Persona> personas(@Nullable Node node) {
		List<Persona> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "personas");
		if (nodes == null) {
			return result;
		}
		for (Node item : nodes) {
			MappingNode mapping = reading.mapping(item, "a persona");
			if (mapping == null) {
				continue;
			}
			Map<String, NodeTuple> entries = reading.entries(mapping,
					Set.of("id", "name", "avatar", "archetype", "influence", "temperament", "bio"));
			Node idNode = yaml.required(entries, "id", mapping);
			String id = reading.declare("persona", idNode);
			if (Persona.BRAND.equals(id) && idNode != null) {
				reading.problem(idNode, "'brand' is reserved for the learner's brand account: choose another id");
				id = null;
			}
			String name = reading.string(yaml.required(entries, "name", mapping), "persona name");
			Node avatarNode = yaml.optional(entries, "avatar");
			String avatar = reading.string(avatarNode, "avatar");
			reading.asset(avatar, avatarNode);
			var archetype = reading.choice(yaml.required(entries, "archetype", mapping), Persona.Archetype.class,
					"archetype");
			Integer influence = reading.integer(yaml.optional(entries, "influence"), "influence", 1, 5);
			var temperament = reading.choice(yaml.optional(entries, "temperament"), Persona.Temperament.class,
					"temperament");
			Text bio = reading.text(yaml.optional(entries, "bio"), "bio");
			if (id != null && name != null && archetype != null) {
				result.add(new Persona(id, name, avatar, archetype, influence == null ? 3 : influence,
						temperament == null ? Persona.Temperament.CALM : temperament, bio));
			}
		}
		return List.copyOf(result);
	}

	public List<Metric> metrics(@Nullable Node node) {
		List<Metric> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "metrics");
		if (nodes == null) {
			return result;
		}
		for (Node item : nodes) {
			MappingNode mapping = reading.mapping(item, "a metric");
			if (mapping == null) {
				continue;
			}
			Map<String, NodeTuple> entries = reading.entries(mapping,
					Set.of("id", "label", "start", "min", "max", "good"));
			String id = reading.declare("metric", yaml.required(entries, "id", mapping));
			Text label = reading.text(yaml.required(entries, "label", mapping), "label");
			Integer min = reading.integer(yaml.optional(entries, "min"), "min", -100_000, 100_000);
			Integer max = reading.integer(yaml.optional(entries, "max"), "max", -100_000, 100_000);
			int low = min == null ? 0 : min;
			int high = max == null ? 100 : max;
			if (low >= high) {
				reading.problem(mapping, "metric min (" + low + ") must be below max (" + high + ")");
			}
			Integer start = reading.integer(yaml.required(entries, "start", mapping), "start", low, high);
			var good = reading.choice(yaml.optional(entries, "good"), Metric.Good.class, "good");
			if (id != null && label != null && start != null && low < high) {
				result.add(new Metric(id, label, start, low, high, good == null ? Metric.Good.HIGH : good));
			}
		}
		return List.copyOf(result);
	}

	public List<String> flags(@Nullable Node node) {
		List<String> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "flags");
		if (nodes != null) {
			for (Node item : nodes) {
				String flag = reading.declare("flag", item);
				if (flag != null) {
					result.add(flag);
				}
			}
		}
		return List.copyOf(result);
	}

	public List<Outcome> outcomes(@Nullable Node node, ConditionReader conditions) {
		List<Outcome> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "outcomes");
		if (nodes == null || node == null) {
			return result;
		}
		for (int i = 0; i < nodes.size(); i++) {
			MappingNode mapping = reading.mapping(nodes.get(i), "an outcome");
			if (mapping == null) {
				continue;
			}
			Map<String, NodeTuple> entries = reading.entries(mapping, Set.of("id", "when", "title", "text"));
			String id = reading.declare("outcome", yaml.required(entries, "id", mapping));
			Node whenNode = yaml.optional(entries, "when");
			var when = conditions.read(whenNode);
			Text title = reading.text(yaml.required(entries, "title", mapping), "title");
			Text text = reading.text(yaml.required(entries, "text", mapping), "text");
			boolean last = i == nodes.size() - 1;
			if (last && whenNode != null) {
				reading.problem(whenNode, "the last outcome" + (id == null ? "" : " '" + id + "'")
						+ " has a condition: remove its 'when' so that every run ends with an outcome (final fallback)");
			}
			if (!last && whenNode == null) {
				reading.problem(mapping, "outcome" + (id == null ? "" : " '" + id + "'")
						+ " has no 'when' but is not the last: the outcomes after it can never be reached");
			}
			if (id != null && title != null && text != null) {
				result.add(new Outcome(id, when, title, text));
			}
		}
		return List.copyOf(result);
	}

}
