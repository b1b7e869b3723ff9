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
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Effects;
import fr.cmacademy.simulation.model.Option;

/** Reads the options of a decision point. */
final class OptionReader {

	private static final Set<String> KEYS = Set.of("id", "action", "target", "to", "label", "text", "free_text",
			"checks", "effects", "pass_effects", "fail_effects", "review", "comment");

	private static final Set<String> OPTION_ACTIONS = Set.of("reply", "like", "hide", "delete", "warn", "ban",
			"escalate", "dm", "statement", "pin", "wait");

	private final Reading reading;

	private final YamlNodes yaml;

	private final EffectsReader effects;

	private final ChecksReader checks;

	OptionReader(Reading reading, EffectsReader effects, ChecksReader checks) {
		this.reading = reading;
		this.yaml = reading.yaml();
		this.effects = effects;
		this.checks = checks;
	}

	List<Option> read(@Nullable Node node, @Nullable String decision) {
		List<Option> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "options");
		if (nodes == null || node == null) {
			return result;
		}
		if (nodes.size() < 2) {
			reading.problem(node, "a decision needs at least two options");
		}
		for (Node item : nodes) {
			Option option = option(item, decision);
			if (option != null) {
				result.add(option);
			}
		}
		return List.copyOf(result);
	}

	private @Nullable Option option(Node node, @Nullable String decision) {
		MappingNode mapping = reading.mapping(node, "an option");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, KEYS);
		String id = reading.declare("option:" + (decision == null ? "?" : decision),
				yaml.required(entries, "id", mapping));
		ActionType action = reading.choice(yaml.required(entries, "action", mapping), ActionType.class, "action",
				OPTION_ACTIONS);
		String name = "option" + (id == null ? "" : " '" + id + "'");
		Node targetNode = yaml.optional(entries, "target");
		String target = reading.id(targetNode, "target");
		if (target != null && targetNode != null) {
			reading.reference("event", target, targetNode, "target event");
		}
		if (action != null && action.needsTarget() && targetNode == null) {
			reading.problem(mapping, name + " needs a 'target': the event to " + action.name().toLowerCase());
		}
		Node toNode = yaml.optional(entries, "to");
		String to = reading.string(toNode, "to");
		if (to != null && toNode != null && !Set.of("support", "legal", "pr").contains(to)) {
			reading.problem(toNode, "unknown escalation '" + to + "' (expected one of support, legal, pr)");
		}
		if (action == ActionType.ESCALATE && toNode == null) {
			reading.problem(mapping, name + " escalates: say to whom with 'to: support', 'legal' or 'pr'");
		}
		if (action != ActionType.ESCALATE && action != null && toNode != null) {
			reading.problem(toNode, "'to' only applies to the escalate action");
		}
		Text label = reading.text(yaml.optional(entries, "label"), "label");
		Node textNode = yaml.optional(entries, "text");
		Text text = reading.text(textNode, "text");
		Boolean freeText = reading.bool(yaml.optional(entries, "free_text"), "free_text");
		boolean free = Boolean.TRUE.equals(freeText);
		if (free && action != null && !action.publishes()) {
			reading.problem(mapping, name + " is free text but its action '" + action.name().toLowerCase()
					+ "' publishes nothing: use reply, dm or statement");
		}
		if (!free && action != null && action.publishes() && textNode == null) {
			reading.problem(mapping, name + " publishes a " + action.name().toLowerCase()
					+ ": give its 'text', or set 'free_text: true' to let the learner write it");
		}
		Checks optionChecks = checks.read(yaml.optional(entries, "checks"));
		Effects optionEffects = effects.read(yaml.optional(entries, "effects"), "effects");
		Effects pass = effects.read(yaml.optional(entries, "pass_effects"), "pass_effects");
		Effects fail = effects.read(yaml.optional(entries, "fail_effects"), "fail_effects");
		Boolean review = reading.bool(yaml.optional(entries, "review"), "review");
		if (!free) {
			for (String key : List.of("checks", "pass_effects", "fail_effects", "review")) {
				if (entries.containsKey(key)) {
					reading.problem(entries.get(key).getKeyNode(),
							"'" + key + "' only applies to a free-text option (free_text: true)");
				}
			}
		}
		Text comment = reading.text(yaml.optional(entries, "comment"), "comment");
		if (id == null || action == null) {
			return null;
		}
		return new Option(id, action, target, to, label, text, free, optionChecks, optionEffects, pass, fail,
				Boolean.TRUE.equals(review), comment);
	}

}
