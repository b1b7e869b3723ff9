package fr.cmacademy.shared.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import fr.cmacademy.shared.Text;

/**
 * Reads YAML as a node tree so that every value keeps its line, and reports problems
 * against that line. Each accessor records a problem and returns {@code null} (or a
 * default) instead of throwing, so that one pass reports every problem of a file.
 */
public final class YamlNodes {

	/** Where problems go: a 1-based line and a message. */
	@FunctionalInterface
	public interface Sink {

		void add(int line, String message);

	}

	private final Sink problems;

	public YamlNodes(Sink problems) {
		this.problems = problems;
	}

	/**
	 * Runs a reader with a fresh node reader reporting to {@code problems}: its result,
	 * or null if it reported any problem (so a half-read file is never used).
	 */
	public static <T> @Nullable T readStrictly(Sink problems, Function<YamlNodes, @Nullable T> reader) {
		int[] count = { 0 };
		T result = reader.apply(new YamlNodes((line, message) -> {
			count[0]++;
			problems.add(line, message);
		}));
		return count[0] == 0 ? result : null;
	}

	/** Parses a YAML file into its root mapping, or reports why it cannot. */
	public @Nullable MappingNode parse(String text) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		try {
			Node root = new Yaml(options).compose(new java.io.StringReader(text));
			if (root instanceof MappingNode mapping) {
				return mapping;
			}
			problems.add(root == null ? 1 : line(root), "expected a mapping of keys to values");
		}
		catch (MarkedYAMLException ex) {
			// Where the construct started (an unclosed quote or bracket) is where the
			// author must look.
			var mark = ex.getContextMark() != null ? ex.getContextMark() : ex.getProblemMark();
			problems.add(mark == null ? 1 : mark.getLine() + 1, "invalid YAML: " + explain(ex));
		}
		catch (RuntimeException ex) {
			problems.add(1, "invalid YAML: " + ex.getMessage());
		}
		return null;
	}

	private static String explain(MarkedYAMLException ex) {
		String problem = String.valueOf(ex.getProblem());
		String context = ex.getContext() == null ? "" : ex.getContext() + ": ";
		if (problem.contains("mapping values are not allowed")) {
			return "a ':' followed by a space inside a text: put the text in quotes";
		}
		if (problem.contains("end of stream") && context.contains("quoted")) {
			return "a quoted text is never closed";
		}
		if (problem.contains("(TAB)")) {
			return "a tab is used for indentation: indent with spaces";
		}
		return problem;
	}

	/** The entries of a mapping by key, reporting keys not in {@code allowed}. */
	public Map<String, NodeTuple> entries(MappingNode mapping, Set<String> allowed) {
		Map<String, NodeTuple> result = new LinkedHashMap<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				problems.add(line(tuple.getKeyNode()), "keys must be plain text");
				continue;
			}
			Integer earlier = seen.putIfAbsent(key.getValue(), line(key));
			if (earlier != null) {
				problems.add(line(key), "duplicate key '" + key.getValue() + "' (already on line " + earlier + ")");
				continue;
			}
			if (!allowed.contains(key.getValue())) {
				problems.add(line(key), "unknown key '" + key.getValue() + "' (expected one of "
						+ String.join(", ", allowed.stream().sorted().toList()) + ")");
				continue;
			}
			result.put(key.getValue(), tuple);
		}
		return result;
	}

	public @Nullable Node required(Map<String, NodeTuple> entries, String key, Node owner) {
		NodeTuple tuple = entries.get(key);
		if (tuple == null) {
			problems.add(line(owner), "missing key '" + key + "'");
			return null;
		}
		return tuple.getValueNode();
	}

	public @Nullable Node optional(Map<String, NodeTuple> entries, String key) {
		NodeTuple tuple = entries.get(key);
		return tuple == null ? null : tuple.getValueNode();
	}

	public @Nullable String string(@Nullable Node node, String what) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			return scalar.getValue().strip();
		}
		problems.add(line(node), what + " must be a non-empty text");
		return null;
	}

	public @Nullable Integer positiveInt(@Nullable Node node, String what) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			try {
				int value = Integer.parseInt(scalar.getValue().strip());
				if (value > 0) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		problems.add(line(node), what + " must be a whole number greater than 0");
		return null;
	}

	/** A whole number in [min, max]; the problem says which bound was missed. */
	public @Nullable Integer wholeNumber(@Nullable Node node, String what, int min, int max) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			try {
				int value = Integer.parseInt(scalar.getValue().strip());
				if (value >= min && value <= max) {
					return value;
				}
				problems.add(line(node),
						what + " must be a whole number from " + min + " to " + max + " (found " + value + ")");
				return null;
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		problems.add(line(node), what + " must be a whole number from " + min + " to " + max);
		return null;
	}

	public @Nullable Boolean bool(@Nullable Node node, String what) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			String value = scalar.getValue().strip();
			if ("true".equals(value) || "false".equals(value)) {
				return Boolean.valueOf(value);
			}
		}
		problems.add(line(node), what + " must be true or false");
		return null;
	}

	public @Nullable List<Node> list(@Nullable Node node, String what) {
		if (node == null) {
			return null;
		}
		if (node instanceof SequenceNode sequence) {
			if (sequence.getValue().isEmpty()) {
				problems.add(line(node), what + " must not be empty");
				return null;
			}
			return new ArrayList<>(sequence.getValue());
		}
		problems.add(line(node), what + " must be a list");
		return null;
	}

	/**
	 * A French and English text: a mapping with exactly the keys {@code fr} and
	 * {@code en}.
	 */
	public @Nullable Text text(@Nullable Node node, String what) {
		if (node == null) {
			return null;
		}
		if (!(node instanceof MappingNode mapping)) {
			problems.add(line(node), what + " must have a French and an English text (keys fr and en)");
			return null;
		}
		Map<String, NodeTuple> entries = entries(mapping, Set.of("fr", "en"));
		String fr = null;
		String en = null;
		if (!entries.containsKey("fr")) {
			problems.add(line(node), "missing translation: " + what + " has no French text (fr)");
		}
		else {
			fr = string(entries.get("fr").getValueNode(), what + " (fr)");
		}
		if (!entries.containsKey("en")) {
			problems.add(line(node), "missing translation: " + what + " has no English text (en)");
		}
		else {
			en = string(entries.get("en").getValueNode(), what + " (en)");
		}
		return fr == null || en == null ? null : new Text(fr, en);
	}

	public void problem(Node node, String message) {
		problems.add(line(node), message);
	}

	public static int line(Node node) {
		return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
	}

}
