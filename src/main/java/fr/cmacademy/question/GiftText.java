package fr.cmacademy.question;

import java.util.regex.Pattern;

/**
 * GIFT's escapes and text prefixes. While a question is read, each escape ({@code \~ \=
 * \# \{ \} \: \\ \n}) is replaced by one private-use placeholder character, so that the
 * structural characters left are exactly the unescaped ones (Moodle does the same with
 * {@code &&058;}-style placeholders). Placeholders become the characters they stand for
 * once a piece of text has been cut out.
 */
final class GiftText {

	/** The characters that may follow a backslash, in placeholder order. */
	private static final String ESCAPABLE = "\\:#={}~n";

	private static final char PLACEHOLDER = '\uE000';

	private static final Pattern FORMAT_PREFIX = Pattern.compile("^\\[(moodle|html|markdown|plain)]");

	private GiftText() {
	}

	/** Whether {@code c} is one of the characters PHP's {@code trim()} removes. */
	static boolean isTrimmed(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
	}

	static String trim(String text) {
		int begin = 0;
		int end = text.length();
		while (begin < end && isTrimmed(text.charAt(begin))) {
			begin++;
		}
		while (end > begin && isTrimmed(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(begin, end);
	}

	/**
	 * The placeholder for the escape {@code \c}, or 0 when {@code \c} is not an escape.
	 */
	static char placeholder(char c) {
		int index = ESCAPABLE.indexOf(c);
		return index < 0 ? 0 : (char) (PLACEHOLDER + index);
	}

	/** {@code text} with placeholders turned back into the characters they stand for. */
	static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int index = c - PLACEHOLDER;
			if (index >= 0 && index < ESCAPABLE.length()) {
				char escaped = ESCAPABLE.charAt(index);
				out.append(escaped == 'n' ? '\n' : escaped);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Reads a piece of text as Moodle's {@code parse_text_with_format}: an optional
	 * {@code [format]} prefix, escapes resolved, trimmed.
	 */
	static FormattedText formatted(String escapedText, TextFormat defaultFormat) {
		String text = trim(escapedText);
		TextFormat format = defaultFormat;
		var prefix = FORMAT_PREFIX.matcher(text);
		if (prefix.find()) {
			format = TextFormat.fromGiftName(prefix.group(1)).orElse(defaultFormat);
			text = text.substring(prefix.end());
		}
		return new FormattedText(trim(unescape(text)), format);
	}

	/** The format a piece of text declares, or {@code defaultFormat}. */
	static TextFormat formatOf(String escapedText, TextFormat defaultFormat) {
		var prefix = FORMAT_PREFIX.matcher(trim(escapedText));
		return prefix.find() ? TextFormat.fromGiftName(prefix.group(1)).orElse(defaultFormat) : defaultFormat;
	}

	/**
	 * {@code text} escaped for GIFT: backslash, {@code ~ = # { }} and line breaks (GIFT
	 * questions cannot contain blank lines), as Moodle's exporter does. Colons only
	 * matter in titles, see {@link #escapeName(String)}.
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\', '~', '=', '#', '{', '}' -> out.append('\\').append(c);
				case '\n' -> out.append("\\n");
				case '\r' -> {
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	static String escapeName(String name) {
		return escape(name).replace(":", "\\:");
	}

	/**
	 * {@code text} written so that it reads back as itself: escaped, with a
	 * {@code [format]} prefix when its format is not the default, or when the text itself
	 * starts like a prefix or a weight ({@code %50%}) would.
	 */
	static String write(FormattedText text, TextFormat defaultFormat) {
		String escaped = escape(text.source());
		boolean ambiguous = FORMAT_PREFIX.matcher(escaped).find() || escaped.startsWith("%");
		if (!text.source().isEmpty() && (text.format() != defaultFormat || ambiguous)) {
			return "[" + text.format().giftName() + "]" + escaped;
		}
		return escaped;
	}

}
