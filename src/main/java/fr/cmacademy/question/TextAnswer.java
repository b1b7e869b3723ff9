package fr.cmacademy.question;

import java.util.Objects;

/**
 * An accepted answer of a short answer question.
 *
 * @param text the expected text; {@code *} matches any characters (Moodle's wildcard),
 * {@code \*} a literal asterisk
 * @param fraction the share of the mark it is worth
 * @param feedback shown when it is the answer that matched
 */
public record TextAnswer(String text, double fraction, FormattedText feedback) {

	public TextAnswer {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(feedback, "feedback");
	}

	public TextAnswer(String text, double fraction) {
		this(text, fraction, FormattedText.EMPTY);
	}

}
