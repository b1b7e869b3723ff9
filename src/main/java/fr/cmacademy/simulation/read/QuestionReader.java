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
import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Question;
import fr.cmacademy.simulation.model.Question.Type;

/** Reads the questions of an analytics scenario; each type has its own keys. */
final class QuestionReader {

	private static final Set<String> KEYS = Set.of("id", "type", "prompt", "answer", "tolerance", "unit", "options",
			"checks", "review", "points", "explanation");

	private static final Map<Type, Set<String>> TYPE_KEYS = Map.of(Type.NUMERIC, Set.of("answer", "tolerance", "unit"),
			Type.CHOICE, Set.of("answer", "options"), Type.ANOMALY, Set.of("answer"), Type.TEXT,
			Set.of("checks", "review"));

	private final Reading reading;

	private final YamlNodes yaml;

	private final ChecksReader checks;

	QuestionReader(Reading reading, ChecksReader checks) {
		this.reading = reading;
		this.yaml = reading.yaml();
		this.checks = checks;
	}

	List<Question> read(@Nullable Node node, @Nullable Integer days) {
		List<Question> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "questions");
		if (nodes != null) {
			for (Node item : nodes) {
				Question question = question(item, days);
				if (question != null) {
					result.add(question);
				}
			}
		}
		return List.copyOf(result);
	}

	private @Nullable Question question(Node node, @Nullable Integer days) {
		MappingNode mapping = reading.mapping(node, "a question");
		if (mapping == null) {
			return null;
		}
		Map<String, NodeTuple> entries = reading.entries(mapping, KEYS);
		String id = reading.declare("question", yaml.required(entries, "id", mapping));
		Type type = reading.choice(yaml.required(entries, "type", mapping), Type.class, "question type");
		Text prompt = reading.text(yaml.required(entries, "prompt", mapping), "prompt");
		Integer points = reading.integer(yaml.optional(entries, "points"), "points", 1, 100);
		Text explanation = reading.text(yaml.optional(entries, "explanation"), "explanation");
		if (type == null) {
			return null;
		}
		for (String key : List.of("answer", "tolerance", "unit", "options", "checks", "review")) {
			if (entries.containsKey(key) && !TYPE_KEYS.get(type).contains(key)) {
				reading.problem(entries.get(key).getKeyNode(),
						"'" + key + "' does not apply to a " + type.name().toLowerCase() + " question");
			}
		}
		Double number = null;
		double tolerance = 0;
		String unit = null;
		List<Question.Choice> options = List.of();
		String choice = null;
		Integer day = null;
		String post = null;
		Checks textChecks = null;
		boolean review = false;
		switch (type) {
			case NUMERIC -> {
				number = reading.number(yaml.required(entries, "answer", mapping), "answer");
				Double t = reading.number(yaml.optional(entries, "tolerance"), "tolerance");
				if (t != null && t < 0) {
					reading.problem(entries.get("tolerance").getValueNode(), "tolerance cannot be negative");
				}
				tolerance = t == null ? 0 : Math.abs(t);
				unit = reading.string(yaml.optional(entries, "unit"), "unit");
			}
			case CHOICE -> {
				options = choices(yaml.required(entries, "options", mapping), id);
				Node answerNode = yaml.required(entries, "answer", mapping);
				choice = reading.id(answerNode, "answer");
				List<String> ids = options.stream().map(Question.Choice::id).toList();
				if (choice != null && answerNode != null && !options.isEmpty() && !ids.contains(choice)) {
					reading.problem(answerNode,
							"answer '" + choice + "' is not one of the options (" + String.join(", ", ids) + ")");
				}
			}
			case ANOMALY -> {
				MappingNode answer = reading.mapping(yaml.required(entries, "answer", mapping), "answer");
				if (answer != null) {
					Map<String, NodeTuple> keys = reading.entries(answer, Set.of("day", "post"));
					if (keys.size() != 1) {
						reading.problem(answer, "an anomaly answer is { day: 17 } or { post: p12 }");
					}
					day = reading.integer(yaml.optional(keys, "day"), "day", 1, days == null ? 366 : days);
					Node postNode = yaml.optional(keys, "post");
					post = reading.id(postNode, "post");
					if (post != null && postNode != null) {
						reading.reference("post", post, postNode, "post");
					}
				}
			}
			case TEXT -> {
				textChecks = checks.read(yaml.optional(entries, "checks"));
				Boolean r = reading.bool(yaml.optional(entries, "review"), "review");
				review = r == null || r;
			}
		}
		if (id == null || prompt == null) {
			return null;
		}
		return new Question(id, type, prompt, number, tolerance, unit, options, choice, day, post, textChecks, review,
				points == null ? 1 : points, explanation);
	}

	private List<Question.Choice> choices(@Nullable Node node, @Nullable String question) {
		List<Question.Choice> result = new ArrayList<>();
		List<Node> nodes = reading.list(node, "options");
		if (nodes == null || node == null) {
			return result;
		}
		if (nodes.size() < 2) {
			reading.problem(node, "a choice question needs at least two options");
		}
		for (Node item : nodes) {
			MappingNode mapping = reading.mapping(item, "an option");
			if (mapping == null) {
				continue;
			}
			Map<String, NodeTuple> entries = reading.entries(mapping, Set.of("id", "text"));
			String id = reading.declare("choice:" + question, yaml.required(entries, "id", mapping));
			Text text = reading.text(yaml.required(entries, "text", mapping), "text");
			if (id != null && text != null) {
				result.add(new Question.Choice(id, text));
			}
		}
		return List.copyOf(result);
	}

}
