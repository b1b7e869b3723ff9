package fr.cmacademy.question;

import java.util.List;
import java.util.Objects;

/**
 * A multiple choice question where several answers may be checked: in GIFT, a choice
 * question with no {@code =} answer, only {@code ~} ones with weights ({@code ~%50%},
 * {@code ~%-50%}). The positive weights add up to 100%.
 */
public record MultipleChoice(QuestionInfo info, List<Choice> choices) implements Question {

	public MultipleChoice {
		Objects.requireNonNull(info, "info");
		choices = List.copyOf(choices);
	}

	@Override
	public QuestionType type() {
		return QuestionType.MULTIPLE_CHOICE;
	}

	@Override
	public MultipleChoice withInfo(QuestionInfo info) {
		return new MultipleChoice(info, choices);
	}

}
