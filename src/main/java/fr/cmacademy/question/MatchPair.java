package fr.cmacademy.question;

import java.util.Objects;

/**
 * One line of a matching question: {@code =left -> right}.
 *
 * @param left the item to match (formatted like any question text)
 * @param right the answer it matches (plain text, as Moodle keeps it)
 */
public record MatchPair(FormattedText left, String right) {

	public MatchPair {
		Objects.requireNonNull(left, "left");
		Objects.requireNonNull(right, "right");
	}

}
