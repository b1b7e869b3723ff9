package fr.cmacademy.authoring;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A scenario.yaml opened for the scenario form: the file as a tree of maps and lists the
 * form edits in place (keys it has no field for are kept untouched, ids are never
 * renumbered), written back as block YAML the scenario reader accepts, with the comment
 * lines that open the file kept. Also maps the lines of a file to field paths
 * ({@code personas[1].name}) so that the reader's problems can be shown next to the field
 * they concern.
 */
public final class ScenarioDraft {

	private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_-]*");

	private final String header;

	private final Map<String, Object> root;

	private ScenarioDraft(String header, Map<String, Object> root) {
		this.header = header;
		this.root = root;
	}

	/**
	 * Opens a scenario file; throws {@link AuthoringException} when it is not a YAML
	 * mapping (the form then cannot open it and the YAML view shows why).
	 */
	public static ScenarioDraft parse(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		StringBuilder header = new StringBuilder();
		for (String line : body.split("\n", -1)) {
			if (line.startsWith("#")) {
				header.append(line.stripTrailing()).append('\n');
			}
			else {
				break;
			}
		}
		return new ScenarioDraft(header.toString(), load("scenario.yaml", body));
	}

	/**
	 * The YAML as maps, resolving scalars the way the scenario reader does: only true and
	 * false are booleans ({@code on:} is a key, not {@code true}), no dates, no base-60.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> load(String what, String text) {
		Resolver resolver = new Resolver() {
			@Override
			protected void addImplicitResolvers() {
				addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
				addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?(?:0|[1-9][0-9]*)$"), "-+0123456789");
				addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:[0-9]+)?\\.[0-9]+(?:[eE][-+]?[0-9]+)?$"),
						"-+0123456789.");
				addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
				addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
			}
		};
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, resolver);
		try {
			Object loaded = yaml.load(text);
			if (loaded instanceof Map<?, ?> map) {
				return new LinkedHashMap<>((Map<String, Object>) map);
			}
		}
		catch (RuntimeException e) {
			throw new AuthoringException("authoring.error.yaml", what, e.getMessage());
		}
		throw new AuthoringException("authoring.error.yaml", what, "not a mapping");
	}

	/** The file's tree, edited in place by the form. */
	public Map<String, Object> root() {
		return root;
	}

	/** The tree as block YAML, after the file's opening comments. */
	public String write() {
		StringBuilder out = new StringBuilder(header);
		writeMap(out, root, 0, false);
		return out.toString();
	}

	// Tree helpers for the form

	/** The list of maps under a key, created empty when absent. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> items(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		if (value instanceof List<?> list) {
			return (List<Map<String, Object>>) list;
		}
		List<Map<String, Object>> list = new ArrayList<>();
		parent.put(key, list);
		return list;
	}

	/** The map under a key, created empty when absent. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> child(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		parent.put(key, map);
		return map;
	}

	/** Sets a key, or removes it when the value is null, blank or an empty list. */
	public static void put(Map<String, Object> map, String key, @Nullable Object value) {
		boolean empty = value == null || (value instanceof String s && s.isBlank())
				|| (value instanceof List<?> l && l.isEmpty()) || (value instanceof Map<?, ?> m && m.isEmpty());
		if (empty) {
			map.remove(key);
		}
		else {
			map.put(key, value);
		}
	}

	/** An id not used yet by the items of a list: {@code prefix-1}, {@code prefix-2}… */
	public static String freshId(List<Map<String, Object>> items, String prefix) {
		Set<String> used = new java.util.HashSet<>();
		items.forEach(i -> used.add(YamlMaps.string(i.get("id"))));
		int n = items.size() + 1;
		while (used.contains(prefix + "-" + n)) {
			n++;
		}
		return prefix + "-" + n;
	}

	/** A value on one line, in YAML flow style ({@code { metric: trust, above: 40 }}). */
	public static String flow(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				return "{}";
			}
			List<String> parts = new ArrayList<>();
			map.forEach((k, v) -> {
				if (v != null) {
					parts.add(k + ": " + flow(v));
				}
			});
			return "{ " + String.join(", ", parts) + " }";
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(", ", list.stream().map(ScenarioDraft::flow).toList()) + "]";
		}
		return scalar(value);
	}

	/**
	 * Reads a value typed on one line in flow style; blank gives {@code null}. Throws
	 * {@link AuthoringException} with the YAML error when it cannot be read or is not a
	 * mapping.
	 */
	public static @Nullable Map<String, Object> parseFlow(String text) {
		if (text.isBlank()) {
			return null;
		}
		Map<String, Object> wrapped = load("field", "value: " + text.strip());
		Object value = wrapped.get("value");
		if (value instanceof Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			Map<String, Object> typed = new LinkedHashMap<>((Map<String, Object>) map);
			return typed;
		}
		throw new AuthoringException("authoring.error.yaml", "field", "not a mapping: write it as { key: value }");
	}

	// Lines to field paths

	/**
	 * For each line of a YAML text that starts a key or a list item, the deepest path
	 * starting there ({@code decisions[0].options[2].effects.score}); empty when the text
	 * is not YAML.
	 */
	public static Map<Integer, String> linePaths(String text) {
		Map<Integer, String> paths = new TreeMap<>();
		try {
			LoaderOptions options = new LoaderOptions();
			Node node = new Yaml(options).compose(new StringReader(text));
			if (node != null) {
				walk(node, "", paths);
			}
		}
		catch (RuntimeException e) {
			return Map.of();
		}
		return paths;
	}

	private static void walk(Node node, String path, Map<Integer, String> paths) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					String p = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
					paths.put(line(key), p);
					walk(tuple.getValueNode(), p, paths);
				}
			}
		}
		else if (node instanceof SequenceNode sequence) {
			List<Node> items = sequence.getValue();
			for (int i = 0; i < items.size(); i++) {
				String p = path + "[" + i + "]";
				paths.put(line(items.get(i)), p);
				walk(items.get(i), p, paths);
			}
		}
	}

	private static int line(Node node) {
		return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
	}

	/**
	 * The field a problem at a path belongs to: the longest of the field paths that is
	 * the path itself or one of its parents, or {@code null}.
	 */
	public static @Nullable String fieldOf(@Nullable String path, Set<String> fields) {
		if (path == null) {
			return null;
		}
		String best = null;
		for (String field : fields) {
			boolean parent = path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
			if (parent && (best == null || field.length() > best.length())) {
				best = field;
			}
		}
		return best;
	}

	// Writing

	private static void writeMap(StringBuilder out, Map<?, ?> map, int indent, boolean firstInline) {
		boolean first = true;
		for (Map.Entry<?, ?> e : map.entrySet()) {
			if (e.getValue() == null) {
				continue;
			}
			if (!(first && firstInline)) {
				out.append(" ".repeat(indent));
			}
			first = false;
			writeEntry(out, e.getKey().toString(), e.getValue(), indent);
		}
		if (first && firstInline) {
			out.append("{}\n");
		}
	}

	private static void writeEntry(StringBuilder out, String key, Object value, int indent) {
		out.append(key(key)).append(':');
		if (inline(value)) {
			out.append(' ').append(flow(value)).append('\n');
		}
		else if (value instanceof Map<?, ?> m) {
			out.append('\n');
			writeMap(out, m, indent + 2, false);
		}
		else if (value instanceof List<?> list) {
			out.append('\n');
			writeList(out, list, indent + 2);
		}
	}

	private static void writeList(StringBuilder out, List<?> list, int indent) {
		for (Object item : list) {
			out.append(" ".repeat(indent)).append("- ");
			writeItem(out, item, indent + 2);
		}
	}

	/** An item after its "- ", whose nested lines are indented by {@code indent}. */
	private static void writeItem(StringBuilder out, Object item, int indent) {
		if (inline(item)) {
			out.append(flow(item)).append('\n');
		}
		else if (item instanceof Map<?, ?> m) {
			writeMap(out, m, indent, true);
		}
		else if (item instanceof List<?> inner) {
			out.append('\n');
			writeList(out, inner, indent);
		}
	}

	/** Scalars, lists of scalars and small maps of scalars fit on one line. */
	private static boolean inline(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().allMatch(ScenarioDraft::isScalar);
		}
		if (value instanceof Map<?, ?> map) {
			// Items with an id get a line per field, so that problems point at the field.
			return map.isEmpty() || (map.size() <= 4 && !map.containsKey("id")
					&& map.values().stream().allMatch(ScenarioDraft::isScalar));
		}
		return true;
	}

	private static boolean isScalar(@Nullable Object value) {
		return !(value instanceof List<?>) && !(value instanceof Map<?, ?>);
	}

	private static String key(String key) {
		boolean plain = PLAIN.matcher(key).matches() && !Set.of("true", "false", "null").contains(key);
		return plain ? key : scalar(key);
	}

	static String scalar(@Nullable Object value) {
		return value == null ? "null" : YamlMaps.scalar(value);
	}

}
