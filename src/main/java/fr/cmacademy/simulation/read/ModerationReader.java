package fr.cmacademy.simulation.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Effects;
import fr.cmacademy.simulation.model.EventType;
import fr.cmacademy.simulation.model.Moderation;
import fr.cmacademy.simulation.model.ModerationItem;
import fr.cmacademy.simulation.model.YamlName;

/** Reads the body of a moderation scenario: the actions offered and the queue. */
public final class ModerationReader {

	/** A queue shorter than this does not train judgement. */
	public static final int MIN_QUEUE = 20;

	private static final Set<String> ACTIONS = Set.of("keep", "hide", "delete", "warn", "ban", "escalate");

	private static final List<ActionType> ALL_ACTIONS = List.of(ActionType.KEEP, ActionType.HIDE, ActionType.WARN,
			ActionType.DELETE, ActionType.BAN, ActionType.ESCALATE);

	private static final Set<String> ITEM_KEYS = Set.of("id", "persona", "type", "at", "context", "text", "category",
			"expected", "explanation", "points", "effects");

	private final Reading reading;

	private final YamlNodes yaml;

	private final EffectsReader effects;

	public ModerationReader(Reading reading, EffectsReader effects) {
		this.reading = reading;
		this.yaml = reading.yaml();
		this.effects = effects;
	}

	public @Nullable Moderation read(Map<String, NodeTuple> entries, MappingNode root) {
		List<ActionType> actions = actions(yaml.optional(entries, "actions"));
		Node queueNode = yaml.required(entries, "queue", root);
		List<Node> nodes = reading.list(queueNode, "queue");
		if (nodes == null || queueNode == null) {
			return null;
		}
		if (nodes.size() < MIN_QUEUE) {
			reading.problem(entries.get("queue").getKeyNode(), "the moderation queue has " + nodes.size()
					+ " items: it needs at least " + MIN_QUEUE + " to train judgement");
		}
		List<ModerationItem> queue = new ArrayList<>();
		for (Node node : nodes) {
			ModerationItem item = item(node, actions);
			if (item != null) {
				queue.add(item);
			}
		}
		return new Moderation(actions, List.copyOf(queue));
	}

	private List<ActionType> actions(@Nullable Node node) {
		if (node == null) {
			return ALL_ACTIONS;
		}
		List<ActionType> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "actions");
		if (nodes != null) {
			for (Node item : nodes) {
				ActionType action = reading.choice(item, ActionType.class, "moderation action", ACTIONS);
				if (action != null && !result.contains(action)) {
					result.add(action);
				}
			}
		}
		return result.isEmpty() ? ALL_ACTIONS : List.copyOf(result);
	}

	private @Nullable ModerationItem item(Node node, List<ActionType> actions) {
		MappingNode mapping = reading.mapping(node, "a queue item");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, ITEM_KEYS);
		String id = reading.declare("item", yaml.required(entries, "id", mapping));
		Node personaNode = yaml.required(entries, "persona", mapping);
		String persona = reading.id(personaNode, "persona");
		if (persona != null && personaNode != null) {
			reading.reference("persona", persona, personaNode, "persona");
		}
		EventType type = reading.choice(yaml.optional(entries, "type"), EventType.class, "item type",
				Set.of("post", "comment", "dm", "report", "mention"));
		Integer at = reading.integer(yaml.optional(entries, "at"), "at", 0, 100_000);
		Text context = reading.text(yaml.optional(entries, "context"), "context");
		Text text = reading.text(yaml.required(entries, "text", mapping), "text");
		ModerationItem.Category category = reading.choice(yaml.required(entries, "category", mapping),
				ModerationItem.Category.class, "category");
		List<ActionType> expected = expected(yaml.required(entries, "expected", mapping), actions);
		Text explanation = reading.text(yaml.required(entries, "explanation", mapping), "explanation");
		Integer points = reading.integer(yaml.optional(entries, "points"), "points", 1, 100);
		Map<ActionType, Effects> itemEffects = itemEffects(yaml.optional(entries, "effects"), actions);
		if (id == null || persona == null || text == null || category == null || expected.isEmpty()
				|| explanation == null) {
			return null;
		}
		return new ModerationItem(id, persona, type == null ? EventType.COMMENT : type, at, context, text, category,
				expected, explanation, points == null ? 2 : points, itemEffects);
	}

	private List<ActionType> expected(@Nullable Node node, List<ActionType> actions) {
		List<ActionType> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "expected");
		if (nodes == null) {
			return result;
		}
		for (Node item : nodes) {
			ActionType action = reading.choice(item, ActionType.class, "expected action", ACTIONS);
			if (action == null) {
				continue;
			}
			if (!actions.contains(action)) {
				reading.problem(item, "expected action '" + YamlName.of(action) + "' is not offered (actions: "
						+ actions.stream().map(YamlName::of).collect(Collectors.joining(", ")) + ")");
			}
			else if (result.contains(action)) {
				reading.problem(item, "expected action '" + YamlName.of(action) + "' is listed twice");
			}
			else {
				result.add(action);
			}
		}
		return List.copyOf(result);
	}

	private Map<ActionType, Effects> itemEffects(@Nullable Node node, List<ActionType> actions) {
		MappingNode mapping = reading.mapping(node, "effects");
		Map<ActionType, Effects> result = new EnumMap<>(ActionType.class);
		if (mapping == null) {
			return result;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			Node key = tuple.getKeyNode();
			ActionType action = key instanceof ScalarNode
					? reading.choice(key, ActionType.class, "moderation action", ACTIONS) : null;
			if (action != null && !actions.contains(action)) {
				reading.problem(key, "effects for '" + YamlName.of(action) + "', which is not offered");
			}
			Effects value = effects.read(tuple.getValueNode(),
					"effects of " + (action == null ? "?" : YamlName.of(action)));
			if (action != null) {
				result.put(action, value);
			}
		}
		return result;
	}

}
