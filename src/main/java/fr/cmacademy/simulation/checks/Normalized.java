package fr.cmacademy.simulation.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text lowercased and stripped of accents, keeping for each of its characters where it
 * came from in the original, so that matches are reported at the learner's offsets.
 * Typographic apostrophes, dashes and non-breaking spaces become their plain forms.
 */
final class Normalized {

	private final String original;

	private final String text;

	/** For each normalized character, the original offsets it comes from. */
	private final int[] from;

	private final int[] to;

	private Normalized(String original, String text, int[] from, int[] to) {
		this.original = original;
		this.text = text;
		this.from = from;
		this.to = to;
	}

	static Normalized of(String original) {
		StringBuilder text = new StringBuilder(original.length());
		List<int[]> spans = new ArrayList<>(original.length());
		int i = 0;
		while (i < original.length()) {
			int codePoint = original.codePointAt(i);
			int next = i + Character.charCount(codePoint);
			String folded = fold(codePoint);
			for (int k = 0; k < folded.length(); k++) {
				text.append(folded.charAt(k));
				spans.add(new int[] { i, next });
			}
			i = next;
		}
		int[] from = new int[spans.size()];
		int[] to = new int[spans.size()];
		for (int k = 0; k < spans.size(); k++) {
			from[k] = spans.get(k)[0];
			to[k] = spans.get(k)[1];
		}
		return new Normalized(original, text.toString(), from, to);
	}

	/** The normalized form of a lexicon entry or author phrase. */
	static String fold(String value) {
		return of(value).text;
	}

	private static String fold(int codePoint) {
		switch (codePoint) {
			case '\u2019', '\u2018', '\u02BC', '\u00B4', '`':
				return "'";
			case '\u2013', '\u2014', '\u2011', '\u2010':
				return "-";
			case '\u00A0', '\u202F', '\u2009':
				return " ";
			case '\u0153', '\u0152':
				return "oe";
			case '\u00E6', '\u00C6':
				return "ae";
			case '\u00DF':
				return "ss";
			default:
				String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
				return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		}
	}

	String text() {
		return text;
	}

	String original() {
		return original;
	}

	Finding finding(int start, int end) {
		int originalStart = from[start];
		int originalEnd = to[end - 1];
		return new Finding(originalStart, originalEnd, original.substring(originalStart, originalEnd));
	}

	List<Finding> find(Pattern pattern) {
		List<Finding> findings = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			if (matcher.end() > matcher.start()) {
				findings.add(finding(matcher.start(), matcher.end()));
			}
		}
		return findings;
	}

	/**
	 * A pattern for a phrase: whitespace matches any run of spaces, a trailing {@code *}
	 * on a word matches any ending ({@code désolé*} finds désolée, désolés), and a phrase
	 * that starts or ends with a letter or digit only matches whole words (so that
	 * {@code ass} does not match inside assassin).
	 */
	static Pattern phrase(String phrase) {
		String folded = fold(phrase.strip());
		StringBuilder regex = new StringBuilder();
		if (!folded.isEmpty() && isWordChar(folded.codePointAt(0))) {
			regex.append("(?<![\\p{L}\\p{N}])");
		}
		String[] words = folded.split("\\s+");
		boolean openEnded = false;
		for (int w = 0; w < words.length; w++) {
			String word = words[w];
			if (w > 0) {
				regex.append("\\s+");
			}
			openEnded = word.endsWith("*") && word.length() > 1;
			if (openEnded) {
				regex.append(Pattern.quote(word.substring(0, word.length() - 1))).append("[\\p{L}\\p{N}]*");
			}
			else {
				regex.append(Pattern.quote(word));
			}
		}
		if (!openEnded && !folded.isEmpty()) {
			int last = folded.codePointBefore(folded.length());
			if (isWordChar(last)) {
				regex.append("(?![\\p{L}\\p{N}])");
			}
		}
		return Pattern.compile(regex.toString());
	}

	private static boolean isWordChar(int codePoint) {
		return Character.isLetterOrDigit(codePoint);
	}

}
