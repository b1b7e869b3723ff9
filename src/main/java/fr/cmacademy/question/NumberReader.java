package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number a learner typed, the way French and English speakers write it: a comma
 * or a dot as decimal separator, spaces (of any width) or repeated separators between
 * thousands, a Unicode minus sign, and any unit or {@code %} after the number ignored.
 *
 * <p>
 * With both separators present, the last one is the decimal separator ({@code 1,234.5}
 * and {@code 1.234,5}). A single separator is always decimal: {@code 1,234} is 1.234, as
 * a French speaker means it.
 */
final class NumberReader {

	private static final Pattern NUMBER = Pattern
		.compile("^[+-]?(?:[0-9][0-9.,]*|[.,][0-9]+)(?:[eE][+-]?[0-9]{1,3}(?![0-9]))?");

	/**
	 * Longer numbers are refused: comparing them with an answer would cost time and
	 * memory for nothing (a short exponent is allowed, so 1e999 is the largest
	 * magnitude).
	 */
	private static final int MAX_LENGTH = 60;

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");

	private NumberReader() {
	}

	static Optional<BigDecimal> read(String raw) {
		String text = SPACES.matcher(raw).replaceAll("").replace('\u2212', '-');
		Matcher matcher = NUMBER.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String number = matcher.group();
		if (number.length() > MAX_LENGTH || text.substring(matcher.end()).matches("(?s)[eE][+-]?[0-9].*")) {
			return Optional.empty();
		}
		int exponent = Math.max(number.indexOf('e'), number.indexOf('E'));
		String mantissa = exponent < 0 ? number : number.substring(0, exponent);
		String suffix = exponent < 0 ? "" : number.substring(exponent);
		// A trailing separator ("3." or "3,") belongs to the sentence, not to the number.
		while (mantissa.endsWith(".") || mantissa.endsWith(",")) {
			mantissa = mantissa.substring(0, mantissa.length() - 1);
		}
		String decimal = withDotDecimal(mantissa);
		if (decimal == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(decimal + suffix));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String withDotDecimal(String number) {
		int commas = count(number, ',');
		int dots = count(number, '.');
		if (commas > 0 && dots > 0) {
			char decimal = number.lastIndexOf(',') > number.lastIndexOf('.') ? ',' : '.';
			char grouping = decimal == ',' ? '.' : ',';
			if (count(number, decimal) > 1) {
				return null;
			}
			return number.replace(String.valueOf(grouping), "").replace(decimal, '.');
		}
		char separator = commas > 0 ? ',' : '.';
		int separators = Math.max(commas, dots);
		if (separators <= 1) {
			return number.replace(',', '.');
		}
		// Several identical separators can only group thousands: 1.234.567 or 1,234,567.
		String[] groups = number.replaceFirst("^[+-]", "").split(Pattern.quote(String.valueOf(separator)), -1);
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3) {
				return null;
			}
		}
		return number.replace(String.valueOf(separator), "");
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(ch -> ch == c).count();
	}

}
