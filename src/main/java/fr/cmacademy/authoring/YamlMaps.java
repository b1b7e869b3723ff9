package fr.cmacademy.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import fr.cmacademy.shared.Text;

/**
 * Reads a metadata file into plain maps for a form and writes it back as block YAML the
 * validator reads. Dates stay text (no timestamp resolution), strings are double-quoted
 * unless they are plain ids, so whatever a trainer types is kept as typed.
 */
public final class YamlMaps {

	private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_-]*");

	private static final java.util.Set<String> RESERVED = java.util.Set.of("true", "false", "yes", "no", "on", "off",
			"null", "y", "n");

	private YamlMaps() {
	}

	/**
	 * The file as a map; throws {@link AuthoringException} when it is not a YAML mapping.
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> read(String path, String text) {
		Resolver resolver = new Resolver() {
			@Override
			protected void addImplicitResolvers() {
				addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
				addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
				addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
				addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
				addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
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
			throw new AuthoringException("authoring.error.yaml", path, e.getMessage());
		}
		throw new AuthoringException("authoring.error.yaml", path, "not a mapping");
	}

	/** A {@code { fr: …, en: … }} value, empty texts when absent. */
	public static Text text(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return new Text(string(map.get("fr")), string(map.get("en")));
		}
		return new Text("", "");
	}

	public static Map<String, Object> text(Text text) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("fr", text.fr());
		map.put("en", text.en());
		return map;
	}

	public static String string(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	/** Block YAML for a map of maps, lists, strings, numbers and booleans. */
	public static String write(Map<String, ?> map) {
		StringBuilder out = new StringBuilder();
		writeMap(out, map, 0);
		return out.toString();
	}

	private static void writeMap(StringBuilder out, Map<?, ?> map, int indent) {
		boolean first = true;
		for (Map.Entry<?, ?> e : map.entrySet()) {
			if (e.getValue() == null) {
				continue;
			}
			if (!first || indent > 0) {
				out.append(" ".repeat(indent));
			}
			first = false;
			writeEntry(out, e.getKey().toString(), e.getValue(), indent);
		}
	}

	private static void writeEntry(StringBuilder out, String key, Object value, int indent) {
		out.append(key).append(':');
		if (inline(value)) {
			out.append(' ').append(inlineValue(value)).append('\n');
		}
		else if (value instanceof Map<?, ?> m) {
			out.append('\n');
			writeMap(out, m, indent + 2);
		}
		else if (value instanceof List<?> list) {
			out.append('\n');
			for (Object item : list) {
				out.append(" ".repeat(indent + 2)).append("- ");
				if (inline(item)) {
					out.append(inlineValue(item)).append('\n');
				}
				else if (item instanceof Map<?, ?> m) {
					boolean firstKey = true;
					for (Map.Entry<?, ?> e : m.entrySet()) {
						if (e.getValue() == null) {
							continue;
						}
						if (!firstKey) {
							out.append(" ".repeat(indent + 4));
						}
						firstKey = false;
						writeEntry(out, e.getKey().toString(), e.getValue(), indent + 4);
					}
				}
				else {
					out.append("[]\n");
				}
			}
		}
	}

	private static boolean inline(Object value) {
		if (value instanceof List<?> list) {
			return list.isEmpty() || list.stream().allMatch(v -> v instanceof String || v instanceof Number);
		}
		if (value instanceof Map<?, ?> map) {
			return map.isEmpty() || map.values().stream().allMatch(v -> v instanceof String || v instanceof Number);
		}
		return true;
	}

	private static String inlineValue(Object value) {
		if (value instanceof List<?> list) {
			return "[" + String.join(", ", list.stream().map(YamlMaps::scalar).toList()) + "]";
		}
		if (value instanceof Map<?, ?> map) {
			StringBuilder b = new StringBuilder("{ ");
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				b.append(first ? "" : ", ").append(e.getKey()).append(": ").append(scalar(e.getValue()));
				first = false;
			}
			return b.append(map.isEmpty() ? "}" : " }").toString();
		}
		return scalar(value);
	}

	/**
	 * A scalar as YAML writes it: plain when the reader reads it back as the same text,
	 * quoted otherwise.
	 */
	static String scalar(Object value) {
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String s = value.toString();
		if (PLAIN.matcher(s).matches() && !RESERVED.contains(s)) {
			return s;
		}
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\x%02x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}

}
