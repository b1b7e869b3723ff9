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
import fr.cmacademy.simulation.model.Condition;
import fr.cmacademy.simulation.model.Conversation;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Effects;
import fr.cmacademy.simulation.model.EventType;
import fr.cmacademy.simulation.model.Image;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.TimelineEvent;

/** Reads the body of a conversation: timeline, decisions and the early end. */
public final class ConversationReader {

	private static final Set<String> EVENT_KEYS = Set.of("id", "at", "trigger", "when", "type", "reply_to", "persona",
			"text", "variants", "image", "notice", "effects");

	private static final Set<String> DECISION_KEYS = Set.of("id", "on", "when", "prompt", "deadline", "options",
			"best");

	private final Reading reading;

	private final YamlNodes yaml;

	private final ConditionReader conditions;

	private final EffectsReader effects;

	private final OptionReader options;

	public ConversationReader(Reading reading, ConditionReader conditions, EffectsReader effects, ChecksReader checks) {
		this.reading = reading;
		this.yaml = reading.yaml();
		this.conditions = conditions;
		this.effects = effects;
		this.options = new OptionReader(reading, effects, checks);
	}

	public @Nullable Conversation read(Map<String, NodeTuple> entries, MappingNode root) {
		Node timelineNode = yaml.required(entries, "timeline", root);
		List<Node> timelineNodes = reading.list(timelineNode, "timeline");
		List<TimelineEvent> timeline = new ArrayList<>();
		if (timelineNodes != null) {
			for (Node node : timelineNodes) {
				TimelineEvent event = event(node);
				if (event != null) {
					timeline.add(event);
				}
			}
		}
		List<Node> decisionNodes = reading.list(yaml.required(entries, "decisions", root), "decisions");
		List<Decision> decisions = new ArrayList<>();
		if (decisionNodes != null) {
			for (Node node : decisionNodes) {
				Decision decision = decision(node);
				if (decision != null) {
					decisions.add(decision);
				}
			}
		}
		Condition endsWhen = null;
		MappingNode ends = reading.mapping(yaml.optional(entries, "ends"), "ends");
		if (ends != null) {
			Map<String, NodeTuple> endEntries = reading.entries(ends, Set.of("when"));
			endsWhen = conditions.read(yaml.required(endEntries, "when", ends));
		}
		reading.later(this::checkEffectEventsAreReleased);
		if (timelineNodes == null || decisionNodes == null) {
			return null;
		}
		return new Conversation(List.copyOf(timeline), List.copyOf(decisions), endsWhen);
	}

	private @Nullable TimelineEvent event(Node node) {
		MappingNode mapping = reading.mapping(node, "a timeline event");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, EVENT_KEYS);
		Node idNode = yaml.required(entries, "id", mapping);
		String id = reading.declare("event", idNode);
		EventType type = reading.choice(yaml.required(entries, "type", mapping), EventType.class, "event type");
		Node atNode = yaml.optional(entries, "at");
		Integer at = reading.integer(atNode, "at", 0, 100_000);
		Node triggerNode = yaml.optional(entries, "trigger");
		boolean byEffect = false;
		if (triggerNode != null) {
			String trigger = reading.string(triggerNode, "trigger");
			if (!"effect".equals(trigger) && trigger != null) {
				reading.problem(triggerNode, "trigger can only be 'effect' (released by an option's or event's "
						+ "'release:'); timed events use 'at' instead");
			}
			byEffect = "effect".equals(trigger);
			if (byEffect && atNode != null) {
				reading.problem(atNode, "an event with 'trigger: effect' appears when released: remove its 'at'");
			}
		}
		else if (atNode == null) {
			reading.problem(mapping, "event" + (id == null ? "" : " '" + id + "'")
					+ " needs 'at' (minutes from the start) or 'trigger: effect'");
		}
		if (byEffect && id != null && idNode != null) {
			reading.note("effect-event", id, YamlNodes.line(idNode));
		}
		Condition when = conditions.read(yaml.optional(entries, "when"));
		String persona = persona(yaml.optional(entries, "persona"), type, mapping);
		String replyTo = eventReference(yaml.optional(entries, "reply_to"), "reply_to", id);
		Node textNode = yaml.optional(entries, "text");
		Text text = reading.text(textNode, "text");
		List<Text> variants = reading.texts(yaml.optional(entries, "variants"), "variants");
		Image image = image(yaml.optional(entries, "image"));
		Node noticeNode = yaml.optional(entries, "notice");
		Text notice = reading.text(noticeNode, "notice");
		if (type == EventType.SHOCK) {
			if (noticeNode == null) {
				reading.problem(mapping, "a shock needs a 'notice' (what the learner is told happens)");
			}
			if (textNode != null) {
				reading.problem(textNode, "a shock shows no text in the thread: use 'notice' instead of 'text'");
			}
		}
		else if (type != null) {
			if (textNode == null) {
				reading.problem(mapping, "event" + (id == null ? "" : " '" + id + "'") + " needs a 'text'");
			}
			if (noticeNode != null) {
				reading.problem(noticeNode, "only a shock has a 'notice'");
			}
		}
		Effects eventEffects = effects.read(yaml.optional(entries, "effects"), "effects");
		if (id == null || type == null || persona == null || (type != EventType.SHOCK && text == null)
				|| (type == EventType.SHOCK && notice == null)) {
			return null;
		}
		return new TimelineEvent(id, byEffect ? null : at, byEffect, when, type, replyTo, persona, text, variants,
				image, notice, eventEffects);
	}

	private @Nullable String persona(@Nullable Node node, @Nullable EventType type, MappingNode event) {
		if (node == null) {
			if (type == EventType.SHOCK) {
				return Persona.BRAND;
			}
			reading.problem(event, "missing key 'persona' (a persona id, or 'brand' for the learner's account)");
			return null;
		}
		String persona = reading.id(node, "persona");
		if (persona != null && !Persona.BRAND.equals(persona)) {
			reading.reference("persona", persona, node, "persona");
		}
		return persona;
	}

	private @Nullable String eventReference(@Nullable Node node, String what, @Nullable String self) {
		String id = reading.id(node, what);
		if (id == null || node == null) {
			return null;
		}
		if (id.equals(self)) {
			reading.problem(node, "an event cannot reply to itself");
			return null;
		}
		reading.reference("event", id, node, "event");
		return id;
	}

	private @Nullable Image image(@Nullable Node node) {
		MappingNode mapping = reading.mapping(node, "image");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, Set.of("file", "alt"));
		Node fileNode = yaml.required(entries, "file", mapping);
		String file = reading.string(fileNode, "image file");
		reading.asset(file, fileNode);
		Text alt = reading.text(yaml.required(entries, "alt", mapping), "alt");
		return file == null ? null : new Image(file, alt);
	}

	private @Nullable Decision decision(Node node) {
		MappingNode mapping = reading.mapping(node, "a decision");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, DECISION_KEYS);
		String id = reading.declare("decision", yaml.required(entries, "id", mapping));
		Node onNode = yaml.optional(entries, "on");
		String on = eventReference(onNode, "on", null);
		Node whenNode = yaml.optional(entries, "when");
		Condition when = conditions.read(whenNode);
		if (onNode == null && whenNode == null) {
			reading.problem(mapping, "decision" + (id == null ? "" : " '" + id + "'")
					+ " never opens: give it 'on: <event id>' or 'when: <condition>'");
		}
		if (on != null && onNode != null) {
			reading.later(() -> {
				if (reading.known("effect-event", on) && !reading.released().contains(on)) {
					reading.problem(onNode, "decision" + (id == null ? "" : " '" + id + "'") + " is unreachable: "
							+ "it opens on '" + on + "', which no effect releases");
				}
			});
		}
		Text prompt = reading.text(yaml.required(entries, "prompt", mapping), "prompt");
		Integer deadline = reading.integer(yaml.optional(entries, "deadline"), "deadline", 1, 10_000);
		List<Option> optionList = options.read(yaml.required(entries, "options", mapping), id);
		Node bestNode = yaml.optional(entries, "best");
		String best = reading.id(bestNode, "best");
		if (best != null && bestNode != null && optionList.stream().noneMatch(o -> o.id().equals(best)) && id != null) {
			reading.problem(bestNode,
					"best names unknown option '" + best + "' (" + reading.declaredList("option:" + id) + ")");
		}
		if (id == null || prompt == null || optionList.size() < 2) {
			return null;
		}
		return new Decision(id, on, when, prompt, deadline, optionList, best);
	}

	private void checkEffectEventsAreReleased() {
		for (var entry : reading.declared("effect-event").entrySet()) {
			if (!reading.released().contains(entry.getKey())) {
				reading.problem(entry.getValue(), "event '" + entry.getKey()
						+ "' has 'trigger: effect' but no effect releases it: add it to a 'release:' list");
			}
		}
	}

}
