package fr.cmacademy.question;

import java.util.List;
import java.util.Objects;

/**
 * A question where items are put back in order (CM Academy's GIFT extension: an answer
 * block whose lines start with {@code >}, in the right order).
 *
 * @param items the items in the correct order
 */
public record Ordering(QuestionInfo info, List<FormattedText> items) implements Question {

	public Ordering {
		Objects.requireNonNull(info, "info");
		items = List.copyOf(items);
	}

	@Override
	public QuestionType type() {
		return QuestionType.ORDERING;
	}

	@Override
	public Ordering withInfo(QuestionInfo info) {
		return new Ordering(info, items);
	}

}
