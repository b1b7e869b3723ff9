package fr.cmacademy.question;

import java.util.List;
import java.util.Objects;

/**
 * A question answered by typing a word or phrase ({@code {=e-réputation =%50%image}}),
 * compared without regard to case, accents or extra spaces.
 */
public record ShortAnswer(QuestionInfo info, List<TextAnswer> answers) implements Question {

	public ShortAnswer {
		Objects.requireNonNull(info, "info");
		answers = List.copyOf(answers);
	}

	@Override
	public QuestionType type() {
		return QuestionType.SHORT_ANSWER;
	}

	@Override
	public ShortAnswer withInfo(QuestionInfo info) {
		return new ShortAnswer(info, answers);
	}

}
