package fr.cmacademy.question;

import java.util.List;
import java.util.Objects;

/**
 * A multiple choice question where one answer is picked ({@code =right ~wrong}). GIFT
 * makes a choice question single as soon as one answer starts with {@code =}.
 */
public record SingleChoice(QuestionInfo info, List<Choice> choices) implements Question {

	public SingleChoice {
		Objects.requireNonNull(info, "info");
		choices = List.copyOf(choices);
	}

	@Override
	public QuestionType type() {
		return QuestionType.SINGLE_CHOICE;
	}

	@Override
	public SingleChoice withInfo(QuestionInfo info) {
		return new SingleChoice(info, choices);
	}

}
