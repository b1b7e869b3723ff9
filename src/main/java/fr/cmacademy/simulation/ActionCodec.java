package fr.cmacademy.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.YamlName;

/**
 * Encodes actions as one-line JSON objects for an append-only log, e.g.
 * {@code {"type":"choose","decision":"d1","option":"apologise"}}, and decodes them back.
 * A flat object of text and whole-number fields; the writer and the reader are here so
 * that no JSON library decides the byte form of stored runs.
 */
public final class ActionCodec {

	private ActionCodec() {
	}

	public static String encode(Action action) {
		return FlatJson.write(fields(action));
	}

	/** The action's fields by name, as {@link #encode} writes them. */
	public static Map<String, Object> fields(Action action) {
		Map<String, Object> fields = new LinkedHashMap<>();
		switch (action) {
			case Action.Choose c -> {
				fields.put("type", "choose");
				fields.put("decision", c.decision());
				fields.put("option", c.option());
			}
			case Action.Write w -> {
				fields.put("type", "write");
				fields.put("decision", w.decision());
				fields.put("option", w.option());
				fields.put("text", w.text());
				fields.put("language", w.language());
			}
			case Action.Moderate m -> {
				fields.put("type", "moderate");
				fields.put("item", m.item());
				fields.put("action", YamlName.of(m.action()));
			}
			case Action.Answer a -> {
				fields.put("type", "answer");
				fields.put("question", a.question());
				fields.put("value", a.value());
				fields.put("language", a.language());
			}
			case Action.Submit s -> {
				fields.put("type", "submit");
				fields.put("target", s.target());
				fields.put("text", s.text());
				fields.put("alt", s.altText());
				fields.put("language", s.language());
			}
			case Action.Wait w -> {
				fields.put("type", "wait");
				fields.put("minutes", w.minutes());
			}
			case Action.Finish f -> fields.put("type", "finish");
		}
		return fields;
	}

	/**
	 * @throws IllegalArgumentException when the text is not an encoded action
	 */
	public static Action decode(String encoded) {
		Map<String, Object> fields = FlatJson.read(encoded);
		String type = text(fields, "type");
		return switch (type) {
			case "choose" -> new Action.Choose(text(fields, "decision"), text(fields, "option"));
			case "write" -> new Action.Write(text(fields, "decision"), text(fields, "option"), text(fields, "text"),
					text(fields, "language"));
			case "moderate" -> {
				ActionType action = YamlName.parse(ActionType.class, text(fields, "action"));
				if (action == null) {
					throw new IllegalArgumentException("unknown moderation action in " + encoded);
				}
				yield new Action.Moderate(text(fields, "item"), action);
			}
			case "answer" ->
				new Action.Answer(text(fields, "question"), text(fields, "value"), text(fields, "language"));
			case "submit" -> new Action.Submit(text(fields, "target"), text(fields, "text"), text(fields, "alt"),
					text(fields, "language"));
			case "wait" -> {
				if (!(fields.get("minutes") instanceof Long minutes) || minutes < 0 || minutes > Integer.MAX_VALUE) {
					throw new IllegalArgumentException("wait needs whole minutes in " + encoded);
				}
				yield new Action.Wait(minutes.intValue());
			}
			case "finish" -> new Action.Finish();
			default -> throw new IllegalArgumentException("unknown action type '" + type + "'");
		};
	}

	public static List<Action> decodeAll(List<String> encoded) {
		return encoded.stream().map(ActionCodec::decode).toList();
	}

	private static String text(Map<String, Object> fields, String key) {
		if (fields.get(key) instanceof String value) {
			return value;
		}
		throw new IllegalArgumentException("missing text field '" + key + "' in action " + fields.keySet());
	}

}
