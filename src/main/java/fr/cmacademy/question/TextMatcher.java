package fr.cmacademy.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares a typed answer with an expected one the forgiving way: surrounding and
 * repeated spaces, case, accents (e-réputation = E-REPUTATION), typographic apostrophes
 * and dashes, and the {@code œ}/{@code æ} ligatures do not matter. Moodle's wildcard is
 * kept: a run of {@code *} in the expected answer matches any characters, {@code \*} is a
 * literal asterisk.
 */
final class TextMatcher {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern STARS = Pattern.compile("(?<!\\\\)\\*+");

	private TextMatcher() {
	}

	static boolean matches(String expected, String typed) {
		List<String> bits = new ArrayList<>();
		for (String bit : STARS.split(normalise(expected), -1)) {
			bits.add(bit.replace("\\*", "*"));
		}
		return glob(bits, normalise(typed));
	}

	/**
	 * Whether {@code text} is the bits in order with anything between them. Leftmost
	 * matching of the middle bits is enough for a {@code *}-only pattern, and keeps the
	 * cost linear in the text whatever the pattern (no regex backtracking on a learner's
	 * long answer).
	 */
	private static boolean glob(List<String> bits, String text) {
		String first = bits.get(0);
		if (bits.size() == 1) {
			return text.equals(first);
		}
		String last = bits.get(bits.size() - 1);
		if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
			return false;
		}
		int position = first.length();
		int end = text.length() - last.length();
		for (String bit : bits.subList(1, bits.size() - 1)) {
			int found = text.indexOf(bit, position);
			if (found < 0 || found + bit.length() > end) {
				return false;
			}
			position = found + bit.length();
		}
		return true;
	}

	/** The text with case, accents, typography and spacing differences removed. */
	static String normalise(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String folded = MARKS.matcher(decomposed)
			.replaceAll("")
			.toLowerCase(Locale.ROOT)
			.replace("œ", "oe")
			.replace("æ", "ae")
			.replace("ß", "ss");
		String typographic = folded.replaceAll("[\\u2018\\u2019\\u02BC\\u2032`]", "'")
			.replaceAll("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]", "-");
		return SPACES.matcher(typographic).replaceAll(" ").strip();
	}

	/** A text that the expected answer accepts: its wildcards dropped. */
	static String example(String expected) {
		return STARS.matcher(expected).replaceAll("").replace("\\*", "*").strip();
	}

}
