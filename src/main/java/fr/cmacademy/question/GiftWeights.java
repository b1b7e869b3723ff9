package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cmacademy.question.GiftBlock.Part;
import org.jspecify.annotations.Nullable;

/**
 * Answer weights ({@code %50%}, {@code %-33.33333%}). Moodle's import refuses a weight
 * that is not one of the grades its question editor offers (100, 90, 83.33333, ..., 5 and
 * their negatives, matched within 0.001%); so does this reader, and it stores the grade
 * itself, so that {@code %33.333%} and {@code %33.33333%} are the same weight.
 */
final class GiftWeights {

	/** Moodle's {@code question_bank::fraction_options_full()}, positive half. */
	static final double[] GRADES = { 1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3,
			0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0 };

	private static final Pattern WEIGHT = Pattern.compile("^%(-?)([0-9]+(?:\\.[0-9]*)?)%");

	/**
	 * Something between percent signs that looks like a weight but is not written as one.
	 */
	private static final Pattern ATTEMPT = Pattern.compile("^%[-+0-9.,\\s]*%");

	private static final String GRADE_LIST = "100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, "
			+ "20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 or their negatives";

	/** An answer with the weight at its start read. */
	record Weighted(@Nullable Double fraction, Part rest, boolean valid) {

		double fractionOr(double whenAbsent) {
			return fraction == null ? whenAbsent : fraction;
		}

	}

	private GiftWeights() {
	}

	/**
	 * Reads the weight {@code answer} starts with, if any; a malformed or unknown weight
	 * is reported to {@code block} and makes the result invalid.
	 */
	static Weighted read(Part answer, GiftBlock block) {
		Matcher matcher = WEIGHT.matcher(answer.text());
		if (!matcher.find()) {
			if (ATTEMPT.matcher(answer.text()).find()) {
				block.report(answer, "malformed weight in '" + shorten(answer.text())
						+ "': write it as a percentage between percent signs, e.g. %50% or %-25%");
				return new Weighted(null, answer, false);
			}
			return new Weighted(null, answer, true);
		}
		BigDecimal percent = new BigDecimal(matcher.group(2));
		boolean negative = !matcher.group(1).isEmpty();
		Part rest = answer.sub(matcher.end());
		String written = (negative ? "-" : "") + percent.stripTrailingZeros().toPlainString() + "%";
		if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			block.report(answer, "weight " + written + " is beyond 100%: an answer is worth between -100% and 100%");
			return new Weighted(null, rest, false);
		}
		double fraction = percent.movePointLeft(2).doubleValue();
		for (double grade : GRADES) {
			// Moodle's match_grade_options() tolerance.
			if (Math.abs(fraction - grade) < 0.00001) {
				return new Weighted(negative && grade != 0 ? -grade : grade, rest, true);
			}
		}
		block.report(answer, "weight " + written + " is not a grade Moodle offers (" + GRADE_LIST + ")");
		return new Weighted(null, rest, false);
	}

	/** The weight as GIFT writes it, without percent signs: 0.5 is {@code 50}. */
	static String percent(double fraction) {
		return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
	}

	static String shorten(String text) {
		String unescaped = GiftText.unescape(text).replace('\n', ' ');
		return unescaped.length() > 40 ? unescaped.substring(0, 40) + "…" : unescaped;
	}

}
