package fr.cmacademy.question;

import java.util.List;

/**
 * The result of grading one response.
 *
 * @param fraction the share of the question's mark earned, from 0 to 1 (negative weights
 * never take it below 0)
 * @param status how the response fared
 * @param feedback the per-answer feedback the response triggered, in the question's order
 * (the question's general feedback is not included: it is shown whatever the answer)
 */
public record Outcome(double fraction, Status status, List<FormattedText> feedback) {

	/**
	 * Fractions this close to 1 count as full marks (weights like 33.33333% add up to
	 * 0.9999999).
	 */
	public static final double FULL_MARKS = 0.999;

	public Outcome {
		if (!(fraction >= 0 && fraction <= 1)) {
			throw new IllegalArgumentException("fraction must be within [0, 1]: " + fraction);
		}
		feedback = List.copyOf(feedback);
	}

	/** The outcome of an answered question worth {@code fraction} (clamped to [0, 1]). */
	static Outcome graded(double fraction, List<FormattedText> feedback) {
		double clamped = Math.max(0, Math.min(1, fraction));
		Status status = clamped >= FULL_MARKS ? Status.CORRECT : clamped > 0 ? Status.PARTIAL : Status.INCORRECT;
		return new Outcome(clamped, status, feedback.stream().filter(text -> !text.isEmpty()).toList());
	}

	static Outcome notAnswered() {
		return new Outcome(0, Status.NOT_ANSWERED, List.of());
	}

}
