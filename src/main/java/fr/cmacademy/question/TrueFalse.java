package fr.cmacademy.question;

import java.util.Objects;

/**
 * A true/false statement ({@code {TRUE}}, {@code {F}}...). GIFT's
 * {@code {TRUE#wrong#right}} gives the feedback for the wrong answer first, then the one
 * for the right answer; here they are stored by the answer they follow, as Moodle does.
 *
 * @param correctAnswer whether the statement is true
 * @param trueFeedback shown when the learner answers "true"
 * @param falseFeedback shown when the learner answers "false"
 */
public record TrueFalse(QuestionInfo info, boolean correctAnswer, FormattedText trueFeedback,
		FormattedText falseFeedback) implements Question {

	public TrueFalse {
		Objects.requireNonNull(info, "info");
		Objects.requireNonNull(trueFeedback, "trueFeedback");
		Objects.requireNonNull(falseFeedback, "falseFeedback");
	}

	@Override
	public QuestionType type() {
		return QuestionType.TRUE_FALSE;
	}

	@Override
	public TrueFalse withInfo(QuestionInfo info) {
		return new TrueFalse(info, correctAnswer, trueFeedback, falseFeedback);
	}

	/** Feedback for the answer that is right. */
	public FormattedText rightFeedback() {
		return correctAnswer ? trueFeedback : falseFeedback;
	}

	/** Feedback for the answer that is wrong. */
	public FormattedText wrongFeedback() {
		return correctAnswer ? falseFeedback : trueFeedback;
	}

}
