package fr.cmacademy.question;

import java.util.Objects;

/** Text shown between questions, not a question (GIFT text without braces). */
public record Description(QuestionInfo info) implements Question {

	public Description {
		Objects.requireNonNull(info, "info");
	}

	@Override
	public QuestionType type() {
		return QuestionType.DESCRIPTION;
	}

	@Override
	public Description withInfo(QuestionInfo info) {
		return new Description(info);
	}

	@Override
	public boolean graded() {
		return false;
	}

}
