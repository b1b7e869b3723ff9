package fr.cmacademy.question;

import java.util.List;
import java.util.Objects;

/**
 * A question answered with a number ({@code {#3:0.1}}, {@code {#2..4}}, {@code {#=1822:0
 * =%50%1822:2}}).
 *
 * @param answers the accepted values, in file order
 * @param otherwiseFeedback shown when no answer matches (GIFT's {@code ~#feedback},
 * Moodle's {@code *} answer)
 */
public record Numeric(QuestionInfo info, List<NumericAnswer> answers,
		FormattedText otherwiseFeedback) implements Question {

	public Numeric {
		Objects.requireNonNull(info, "info");
		answers = List.copyOf(answers);
		Objects.requireNonNull(otherwiseFeedback, "otherwiseFeedback");
	}

	public Numeric(QuestionInfo info, List<NumericAnswer> answers) {
		this(info, answers, FormattedText.EMPTY);
	}

	@Override
	public QuestionType type() {
		return QuestionType.NUMERIC;
	}

	@Override
	public Numeric withInfo(QuestionInfo info) {
		return new Numeric(info, answers, otherwiseFeedback);
	}

}
