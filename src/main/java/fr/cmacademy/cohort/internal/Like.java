package fr.cmacademy.cohort.internal;

/** A LIKE pattern that finds the text anywhere, its own wildcards taken literally. */
final class Like {

	private Like() {
	}

	static String contains(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
