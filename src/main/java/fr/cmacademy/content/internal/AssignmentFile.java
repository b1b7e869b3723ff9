package fr.cmacademy.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import fr.cmacademy.content.AssignmentDefinition;
import fr.cmacademy.content.AssignmentDefinition.Criterion;
import fr.cmacademy.content.AssignmentDefinition.Level;
import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;

/**
 * Reads an {@code assignment.yaml}: brief, word bounds, pass mark and rubric.
 */
public final class AssignmentFile {

	private static final Set<String> KEYS = Set.of("id", "title", "brief", "min_words", "max_words", "pass_mark",
			"rubric");

	private static final Pattern INNER_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");

	/** An assignment file read without problems. */
	public record Parsed(String id, int idLine, Text title, AssignmentDefinition definition) {
	}

	private final YamlNodes yaml;

	private AssignmentFile(YamlNodes yaml) {
		this.yaml = yaml;
	}

	/** Reads an assignment file, reporting problems to {@code problems}; null if any. */
	public static @Nullable Parsed parse(String text, YamlNodes.Sink problems) {
		return YamlNodes.readStrictly(problems, yaml -> new AssignmentFile(yaml).read(text));
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
		Text brief = yaml.text(yaml.required(entries, "brief", root), "brief");
		Node minNode = yaml.optional(entries, "min_words");
		Node maxNode = yaml.optional(entries, "max_words");
		Integer min = yaml.wholeNumber(minNode, "min_words", 1, 5000);
		Integer max = yaml.wholeNumber(maxNode, "max_words", 1, 20000);
		if (min != null && max != null && max < min) {
			yaml.problem(maxNode, "max_words (" + max + ") is below min_words (" + min + ")");
		}
		Integer passMark = yaml.wholeNumber(yaml.required(entries, "pass_mark", root), "pass_mark", 1, 100);
		List<Criterion> rubric = rubric(yaml.list(yaml.required(entries, "rubric", root), "rubric"));
		if (id == null || title == null || brief == null || passMark == null || rubric == null) {
			return null;
		}
		return new Parsed(id, YamlNodes.line(idNode), title,
				new AssignmentDefinition(brief, min, max, passMark, rubric));
	}

	private @Nullable List<Criterion> rubric(@Nullable List<Node> nodes) {
		if (nodes == null) {
			return null;
		}
		List<Criterion> criteria = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Node node : nodes) {
			if (!(node instanceof MappingNode mapping)) {
				yaml.problem(node, "a rubric criterion has an id, a label, an optional description and levels");
				continue;
			}
			Map<String, NodeTuple> entries = yaml.entries(mapping, Set.of("id", "label", "description", "levels"));
			Node idNode = yaml.required(entries, "id", node);
			String id = yaml.string(idNode, "criterion id");
			if (id != null && !INNER_ID.matcher(id).matches()) {
				yaml.problem(idNode, "invalid criterion id '" + id + "': lowercase letters, digits, - and _");
				id = null;
			}
			else if (id != null && !ids.add(id)) {
				yaml.problem(idNode, "duplicate criterion id '" + id + "'");
				id = null;
			}
			Text label = yaml.text(yaml.required(entries, "label", node), "label");
			Node descriptionNode = yaml.optional(entries, "description");
			Text description = descriptionNode == null ? null : yaml.text(descriptionNode, "description");
			List<Level> levels = levels(yaml.list(yaml.required(entries, "levels", node), "levels"), node);
			if (id != null && label != null && levels != null) {
				criteria.add(new Criterion(id, label, description, List.copyOf(levels)));
			}
		}
		if (criteria.size() == nodes.size() && criteria.size() < 2) {
			yaml.problem(nodes.get(0), "a rubric needs at least 2 criteria");
			return null;
		}
		return criteria.size() == nodes.size() ? List.copyOf(criteria) : null;
	}

	private @Nullable List<Level> levels(@Nullable List<Node> nodes, Node criterion) {
		if (nodes == null) {
			return null;
		}
		List<Level> levels = new ArrayList<>();
		int previous = -1;
		for (Node node : nodes) {
			if (!(node instanceof MappingNode mapping)) {
				yaml.problem(node, "a level has a label and points (and optionally min_points for a range)");
				return null;
			}
			Map<String, NodeTuple> entries = yaml.entries(mapping, Set.of("label", "points", "min_points"));
			Text label = yaml.text(yaml.required(entries, "label", node), "level label");
			Integer points = yaml.wholeNumber(yaml.required(entries, "points", node), "points", 0, 1000);
			Node minNode = yaml.optional(entries, "min_points");
			Integer min = minNode == null ? points : yaml.wholeNumber(minNode, "min_points", 0, 1000);
			if (label == null || points == null || min == null) {
				return null;
			}
			if (min > points || min <= previous) {
				yaml.problem(node, "levels go from the lowest to the highest: points must increase and ranges"
						+ " must not overlap (" + min + "–" + points + " after " + previous + ")");
				return null;
			}
			previous = points;
			levels.add(new Level(label, min, points));
		}
		if (levels.size() < 2) {
			yaml.problem(criterion, "a criterion needs at least 2 levels");
			return null;
		}
		return levels;
	}

}
