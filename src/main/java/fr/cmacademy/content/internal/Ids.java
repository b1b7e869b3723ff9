package fr.cmacademy.content.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

import fr.cmacademy.shared.yaml.YamlNodes;

/**
 * Stable ids of content items: lowercase words joined by dashes. They never change when a
 * file is renamed or its text edited, so learners' progress follows them.
 */
public final class Ids {

	public static final String RULE = "ids use lowercase letters, digits and dashes (e.g. cm-history), 3 to 80 characters";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Ids() {
	}

	/**
	 * Reads an {@code id} value, reporting a missing, empty or malformed one.
	 * @return the id, or null if there is none or it breaks the rule
	 */
	public static @Nullable String read(YamlNodes yaml, @Nullable Node node) {
		String id = yaml.string(node, "id");
		if (id == null || node == null) {
			return null;
		}
		if (!valid(id)) {
			yaml.problem(node, "invalid id '" + id + "': " + RULE);
			return null;
		}
		return id;
	}

	public static boolean valid(String id) {
		return id.length() >= 3 && id.length() <= 80 && ID.matcher(id).matches();
	}

}
