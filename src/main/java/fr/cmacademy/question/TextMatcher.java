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
			bits.add(Pattern.quote(bit.replace("\\*", "*")));
		}
		return Pattern.compile(String.join(".*", bits), Pattern.DOTALL).matcher(normalise(typed)).matches();
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
