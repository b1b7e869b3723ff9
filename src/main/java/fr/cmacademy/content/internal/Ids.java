package fr.cmacademy.content.internal;

import java.util.regex.Pattern;

/**
 * Stable ids of content items: lowercase words joined by dashes. They never change when a
 * file is renamed or its text edited, so learners' progress follows them.
 */
public final class Ids {

	public static final String RULE = "ids use lowercase letters, digits and dashes (e.g. cm-history), 3 to 80 characters";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Ids() {
	}

	public static boolean valid(String id) {
		return id.length() >= 3 && id.length() <= 80 && ID.matcher(id).matches();
	}

}
