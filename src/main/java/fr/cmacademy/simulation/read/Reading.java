package fr.cmacademy.simulation.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.yaml.YamlNodes;
import fr.cmacademy.simulation.model.YamlName;

/**
 * What the section readers share while reading one file: the problems found (with lines),
 * the ids declared per namespace (with lines), the references to resolve once every id is
 * known, and the asset files present.
 */
public final class Reading {

	/** A problem found at a line; the order of discovery breaks ties between lines. */
	public record Problem(int line, String message) {
	}

	private static final Pattern ID = Pattern.compile("[a-z0-9]+([-_][a-z0-9]+)*");

	public static final String ID_RULE = "ids use lowercase letters, digits and dashes (e.g. crisis-lumen-delivery)";

	/** Inner ids may also use underscores, as metric and flag names often do. */
	public static final String INNER_ID_RULE = "inner ids use lowercase letters, digits, dashes and underscores "
			+ "(e.g. c-lea-1, escalation_risk)";

	private final List<Problem> problems = new ArrayList<>();

	private final YamlNodes yaml = new YamlNodes((line, message) -> problems.add(new Problem(line, message)));

	private final Map<String, Map<String, Integer>> declared = new LinkedHashMap<>();

	private final List<Runnable> later = new ArrayList<>();

	private final Set<String> assets;

	/** Events some effect releases, for the "never released" check. */
	private final Set<String> released = new LinkedHashSet<>();

	public Reading(Set<String> assets) {
		this.assets = assets;
	}

	public YamlNodes yaml() {
		return yaml;
	}

	public List<Problem> problems() {
		return problems;
	}

	public void problem(int line, String message) {
		problems.add(new Problem(line, message));
	}

	public void problem(Node node, String message) {
		problem(YamlNodes.line(node), message);
	}

	/** Runs a reference check after every section has declared its ids. */
	public void later(Runnable check) {
		later.add(check);
	}

	public void resolve() {
		for (int i = 0; i < later.size(); i++) {
			later.get(i).run();
		}
		later.clear();
	}

	public Set<String> released() {
		return released;
	}

	// Ids

	/**
	 * Declares an id in a namespace ("persona", "event"…), reporting an invalid or
	 * duplicate one; returns the id, or {@code null} when it cannot be used.
	 */
	public @Nullable String declare(String namespace, @Nullable Node node) {
		String id = id(node, namespace + " id");
		if (id == null || node == null) {
			return null;
		}
		Map<String, Integer> ids = declared.computeIfAbsent(namespace, k -> new LinkedHashMap<>());
		Integer earlier = ids.putIfAbsent(id, YamlNodes.line(node));
		if (earlier != null) {
			problem(node, "duplicate " + namespace + " id '" + id + "' (already on line " + earlier + ")");
			return null;
		}
		return id;
	}

	public @Nullable String id(@Nullable Node node, String what) {
		String id = yaml.string(node, what);
		if (id == null || node == null) {
			return null;
		}
		if (id.length() > 80 || !ID.matcher(id).matches()) {
			problem(node, "invalid " + what + " '" + id + "': " + INNER_ID_RULE + ", 1 to 80 characters");
			return null;
		}
		return id;
	}

	/**
	 * Records an id in a namespace without checking it (a second view on declared ids).
	 */
	public void note(String namespace, String id, int line) {
		declared.computeIfAbsent(namespace, k -> new LinkedHashMap<>()).putIfAbsent(id, line);
	}

	public boolean known(String namespace, String id) {
		return declared.getOrDefault(namespace, Map.of()).containsKey(id);
	}

	public Map<String, Integer> declared(String namespace) {
		return declared.getOrDefault(namespace, Map.of());
	}

	/**
	 * Checks, once all ids are declared, that {@code id} names something in
	 * {@code namespace}; the message lists what is declared.
	 */
	public void reference(String namespace, String id, Node node, String what) {
		later(() -> {
			if (!known(namespace, id)) {
				problem(node, "unknown " + what + " '" + id + "' (" + declaredList(namespace) + ")");
			}
		});
	}

	public String declaredList(String namespace) {
		Set<String> ids = declared(namespace).keySet();
		return ids.isEmpty() ? "none declared" : "declared: " + String.join(", ", ids);
	}

	// Values

	public Map<String, NodeTuple> entries(MappingNode mapping, Set<String> allowed) {
		return yaml.entries(mapping, allowed);
	}

	/** A mapping, or a problem naming what was expected. */
	public @Nullable MappingNode mapping(@Nullable Node node, String what) {
		if (node == null) {
			return null;
		}
		if (node instanceof MappingNode mapping) {
			return mapping;
		}
		problem(node, what + " must be a mapping of keys to values");
		return null;
	}

	public @Nullable Text text(@Nullable Node node, String what) {
		return yaml.text(node, what);
	}

	public @Nullable String string(@Nullable Node node, String what) {
		return yaml.string(node, what);
	}

	public @Nullable Boolean bool(@Nullable Node node, String what) {
		return yaml.bool(node, what);
	}

	public @Nullable List<Node> list(@Nullable Node node, String what) {
		return yaml.list(node, what);
	}

	/** A whole number in [min, max]. */
	public @Nullable Integer integer(@Nullable Node node, String what, int min, int max) {
		return yaml.wholeNumber(node, what, min, max);
	}

	public @Nullable Double number(@Nullable Node node, String what) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			try {
				double value = Double.parseDouble(scalar.getValue().strip());
				if (Double.isFinite(value)) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		problem(node, what + " must be a number (use a dot for decimals, e.g. 4.9)");
		return null;
	}

	public <E extends Enum<E>> @Nullable E choice(@Nullable Node node, Class<E> type, String what) {
		return choice(node, type, what, Set.copyOf(YamlName.names(type)));
	}

	/** One of some of an enum's names. */
	public <E extends Enum<E>> @Nullable E choice(@Nullable Node node, Class<E> type, String what,
			Set<String> allowed) {
		String name = string(node, what);
		if (name == null || node == null) {
			return null;
		}
		E value = YamlName.parse(type, name);
		if (value == null || !allowed.contains(name)) {
			List<String> names = YamlName.names(type).stream().filter(allowed::contains).toList();
			problem(node, "unknown " + what + " '" + name + "' (expected one of " + String.join(", ", names) + ")");
			return null;
		}
		return value;
	}

	/** A list of texts (plain strings). */
	public List<String> strings(@Nullable Node node, String what) {
		List<Node> nodes = list(node, what);
		List<String> result = new ArrayList<>();
		if (nodes != null) {
			for (Node item : nodes) {
				String value = string(item, "each entry of " + what);
				if (value != null) {
					result.add(value);
				}
			}
		}
		return List.copyOf(result);
	}

	public List<Text> texts(@Nullable Node node, String what) {
		List<Node> nodes = list(node, what);
		List<Text> result = new ArrayList<>();
		if (nodes != null) {
			for (Node item : nodes) {
				Text text = text(item, "each entry of " + what);
				if (text != null) {
					result.add(text);
				}
			}
		}
		return List.copyOf(result);
	}

	/** Reports an asset file that is not in the scenario's {@code assets/} folder. */
	public void asset(@Nullable String file, @Nullable Node node) {
		if (file == null || node == null || assets.contains(file)) {
			return;
		}
		String found = assets.isEmpty() ? "the folder is empty or missing"
				: "found: " + String.join(", ", new TreeSet<>(assets));
		problem(node, "missing asset '" + file + "': put the file in assets/ next to scenario.yaml (" + found + ")");
	}

}
