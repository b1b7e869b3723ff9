package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An accepted value of a numeric question: {@code value ± tolerance}. GIFT's
 * {@code {#min..max}} is stored as its middle and half-width, as Moodle does. Decimal
 * numbers are kept exact (and without trailing zeros, so that {@code 3.50} equals
 * {@code 3.5}).
 *
 * @param value the expected value
 * @param tolerance how far from it an answer may be, never negative
 * @param fraction the share of the mark it is worth
 * @param feedback shown when it is the answer that matched
 */
public record NumericAnswer(BigDecimal value, BigDecimal tolerance, double fraction, FormattedText feedback) {

	public NumericAnswer {
		value = normalise(Objects.requireNonNull(value, "value"));
		tolerance = normalise(Objects.requireNonNull(tolerance, "tolerance"));
		if (tolerance.signum() < 0) {
			throw new IllegalArgumentException("negative tolerance " + tolerance);
		}
		Objects.requireNonNull(feedback, "feedback");
	}

	public NumericAnswer(BigDecimal value, BigDecimal tolerance, double fraction) {
		this(value, tolerance, fraction, FormattedText.EMPTY);
	}

	/** The answer for the range {@code min..max}. */
	public static NumericAnswer range(BigDecimal min, BigDecimal max, double fraction, FormattedText feedback) {
		BigDecimal middle = min.add(max).divide(BigDecimal.TWO);
		return new NumericAnswer(middle, max.subtract(middle), fraction, feedback);
	}

	public BigDecimal min() {
		return value.subtract(tolerance);
	}

	public BigDecimal max() {
		return value.add(tolerance);
	}

	/** Whether {@code number} lies in {@code [value - tolerance, value + tolerance]}. */
	public boolean accepts(BigDecimal number) {
		return number.subtract(value).abs().compareTo(tolerance) <= 0;
	}

	private static BigDecimal normalise(BigDecimal number) {
		return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
	}

}
