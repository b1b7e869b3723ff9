package fr.cmacademy.question;

import java.util.Objects;

/**
 * One answer of a single or multiple choice question.
 *
 * @param text what the learner sees
 * @param fraction the share of the mark it is worth, from -1 to 1 ({@code =} is 1,
 * {@code ~} is 0, {@code ~%50%} is 0.5, {@code ~%-25%} is -0.25)
 * @param feedback shown when the learner picked it
 */
public record Choice(FormattedText text, double fraction, FormattedText feedback) {

	public Choice {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(feedback, "feedback");
	}

	public Choice(FormattedText text, double fraction) {
		this(text, fraction, FormattedText.EMPTY);
	}

}
