package fr.cmacademy.content.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import fr.cmacademy.content.QuizDefinition;
import fr.cmacademy.content.QuizDefinition.Draw;
import fr.cmacademy.content.QuizDefinition.Fixed;
import fr.cmacademy.content.QuizDefinition.Review;
import fr.cmacademy.content.QuizDefinition.Shown;
import fr.cmacademy.content.QuizDefinition.Slot;
import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;

/**
 * Reads a {@code quiz.yaml}. Whether the questions it names exist is checked later, once
 * every bank is read.
 */
public final class QuizFile {

	private static final Set<String> KEYS = Set.of("id", "title", "intro", "questions", "pass_mark",
			"time_limit_minutes", "grace_seconds", "attempts", "grading", "shuffle_answers", "layout", "opens_at",
			"closes_at", "review");

	private static final Set<String> REVIEW_KEYS = Set.of("during", "after_submit", "later", "after_close");

	/**
	 * A quiz file read without problems of its own.
	 *
	 * @param slotLines the line of each slot, to report a missing question or category
	 */
	public record Parsed(String id, int idLine, Text title, @Nullable Text intro, QuizDefinition definition,
			List<Integer> slotLines) {
	}

	private final YamlNodes yaml;

	private QuizFile(YamlNodes yaml) {
		this.yaml = yaml;
	}

	/** Reads a quiz file, reporting problems to {@code problems}; null if any. */
	public static @Nullable Parsed parse(String text, YamlNodes.Sink problems) {
		return YamlNodes.readStrictly(problems, yaml -> new QuizFile(yaml).read(text));
	}

	private @Nullable Parsed read(String text) {
		MappingNode root = yaml.parse(text);
		if (root == null) {
			return null;
		}
		Map<String, NodeTuple> entries = yaml.entries(root, KEYS);
		Node idNode = yaml.required(entries, "id", root);
		String id = Ids.read(yaml, idNode);
		Text title = yaml.text(yaml.required(entries, "title", root), "title");
		Node introNode = yaml.optional(entries, "intro");
		Text intro = introNode == null ? null : yaml.text(introNode, "intro");
		List<Integer> slotLines = new ArrayList<>();
		List<Slot> slots = slots(yaml.list(yaml.required(entries, "questions", root), "questions"), slotLines);
		Integer passMark = range(yaml.required(entries, "pass_mark", root), "pass_mark", 1, 100);
		Node limitNode = yaml.optional(entries, "time_limit_minutes");
		Integer limit = limitNode == null ? null : range(limitNode, "time_limit_minutes", 1, 24 * 60);
		Node graceNode = yaml.optional(entries, "grace_seconds");
		Integer grace = graceNode == null ? null : range(graceNode, "grace_seconds", 0, 3600);
		Node attemptsNode = yaml.optional(entries, "attempts");
		Integer attempts = attemptsNode == null ? null : range(attemptsNode, "attempts", 1, 100);
		QuizDefinition.Grading grading = choice(yaml.optional(entries, "grading"), "grading",
				QuizDefinition.Grading.class, QuizDefinition.Grading.HIGHEST);
		Boolean shuffle = yaml.bool(yaml.optional(entries, "shuffle_answers"), "shuffle_answers");
		QuizDefinition.Layout layout = choice(yaml.optional(entries, "layout"), "layout", QuizDefinition.Layout.class,
				QuizDefinition.Layout.ONE_PER_PAGE);
		OffsetDateTime opens = dateTime(yaml.optional(entries, "opens_at"), "opens_at");
		OffsetDateTime closes = dateTime(yaml.optional(entries, "closes_at"), "closes_at");
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			yaml.problem(entries.get("closes_at").getValueNode(), "closes_at must be after opens_at");
		}
		Review review = review(yaml.optional(entries, "review"));
		if (id == null || title == null || slots == null || passMark == null || grading == null || layout == null
				|| review == null) {
			return null;
		}
		QuizDefinition definition = new QuizDefinition(slots, passMark,
				limit == null ? null : Duration.ofMinutes(limit),
				grace == null ? QuizDefinition.DEFAULT_GRACE : Duration.ofSeconds(grace), attempts, grading,
				shuffle == null || shuffle, layout, opens, closes, review);
		return new Parsed(id, YamlNodes.line(idNode), title, intro, definition, List.copyOf(slotLines));
	}

	private @Nullable List<Slot> slots(@Nullable List<Node> nodes, List<Integer> lines) {
		if (nodes == null) {
			return null;
		}
		List<Slot> slots = new ArrayList<>();
		for (Node node : nodes) {
			if (!(node instanceof MappingNode mapping)) {
				yaml.problem(node, "a question entry is 'question: <id>' or 'draw: <n>' with 'category: <path>'");
				continue;
			}
			Map<String, NodeTuple> entries = yaml.entries(mapping, Set.of("question", "draw", "category"));
			if (entries.containsKey("question") && entries.size() == 1) {
				String questionId = yaml.string(entries.get("question").getValueNode(), "question");
				if (questionId != null) {
					slots.add(new Fixed(questionId));
					lines.add(YamlNodes.line(node));
				}
			}
			else if (entries.containsKey("draw") && entries.containsKey("category") && entries.size() == 2) {
				Integer count = range(entries.get("draw").getValueNode(), "draw", 1, 200);
				String category = yaml.string(entries.get("category").getValueNode(), "category");
				if (count != null && category != null) {
					slots.add(new Draw(count, category));
					lines.add(YamlNodes.line(node));
				}
			}
			else if (entries.size() == mapping.getValue().size()) {
				yaml.problem(node, "a question entry is 'question: <id>' or 'draw: <n>' with 'category: <path>'");
			}
		}
		return slots;
	}

	private @Nullable Review review(@Nullable Node node) {
		if (node == null) {
			return new Review(Set.of(), Review.ALL, Review.ALL, Review.ALL);
		}
		if (!(node instanceof MappingNode mapping)) {
			yaml.problem(node, "review must map after_submit, later and after_close to lists of what is shown");
			return null;
		}
		Map<String, NodeTuple> entries = yaml.entries(mapping, REVIEW_KEYS);
		Node duringNode = yaml.optional(entries, "during");
		Set<Shown> during = duringNode == null ? Set.of() : shown(duringNode, "during");
		Set<Shown> afterSubmit = shown(yaml.optional(entries, "after_submit"), "after_submit");
		Set<Shown> later = shown(yaml.optional(entries, "later"), "later");
		Set<Shown> afterClose = shown(yaml.optional(entries, "after_close"), "after_close");
		return during == null || afterSubmit == null || later == null || afterClose == null ? null
				: new Review(during, afterSubmit, later, afterClose);
	}

	private @Nullable Set<Shown> shown(@Nullable Node node, String what) {
		if (node == null) {
			return Review.ALL;
		}
		if (!(node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence)) {
			yaml.problem(node, what + " must be a list among marks, correct, feedback (or [])");
			return null;
		}
		Set<Shown> result = EnumSet.noneOf(Shown.class);
		for (Node value : sequence.getValue()) {
			Shown shown = choice(value, what, Shown.class, null);
			if (shown == null) {
				return null;
			}
			result.add(shown);
		}
		return Set.copyOf(result);
	}

	private <E extends Enum<E>> @Nullable E choice(@Nullable Node node, String what, Class<E> type,
			@Nullable E fallback) {
		if (node == null) {
			return fallback;
		}
		if (node instanceof ScalarNode scalar) {
			String value = scalar.getValue().strip().toUpperCase(Locale.ROOT);
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value)) {
					return constant;
				}
			}
		}
		List<String> names = java.util.Arrays.stream(type.getEnumConstants())
			.map(c -> c.name().toLowerCase(Locale.ROOT))
			.toList();
		yaml.problem(node, what + " must be one of " + String.join(", ", names));
		return null;
	}

	private @Nullable Integer range(@Nullable Node node, String what, int min, int max) {
		return yaml.wholeNumber(node, what, min, max);
	}

	private @Nullable OffsetDateTime dateTime(@Nullable Node node, String what) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			try {
				return OffsetDateTime.parse(scalar.getValue().strip());
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		yaml.problem(node, what + " must be a date and time with its offset, e.g. 2026-12-20T18:00:00+01:00");
		return null;
	}

}
