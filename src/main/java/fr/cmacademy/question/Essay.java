package fr.cmacademy.question;

import java.util.Objects;

/** A free-text answer graded later by a trainer ({@code {}}). */
public record Essay(QuestionInfo info) implements Question {

	public Essay {
		Objects.requireNonNull(info, "info");
	}

	@Override
	public QuestionType type() {
		return QuestionType.ESSAY;
	}

	@Override
	public Essay withInfo(QuestionInfo info) {
		return new Essay(info);
	}

}
