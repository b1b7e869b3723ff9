package fr.cmacademy.question;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One question of a bank, in one language. Each type is a record holding the common
 * {@link QuestionInfo} and what is specific to it; answers are kept in file order, which
 * is the canonical order {@link Response} indices refer to.
 */
public sealed interface Question
		permits SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Numeric, Matching, Ordering, Essay, Description {

	QuestionInfo info();

	QuestionType type();

	/**
	 * The same question with other common information (e.g. another line or category).
	 */
	Question withInfo(QuestionInfo info);

	default String name() {
		return info().name();
	}

	default @Nullable String idNumber() {
		return info().idNumber();
	}

	default List<String> tags() {
		return info().tags();
	}

	default String category() {
		return info().category();
	}

	default FormattedText text() {
		return info().text();
	}

	default FormattedText generalFeedback() {
		return info().generalFeedback();
	}

	default int line() {
		return info().line();
	}

	default Question withLine(int line) {
		return withInfo(info().withLine(line));
	}

	/**
	 * Whether the question carries marks. A description carries none (Moodle gives it a
	 * default mark of 0): a quiz must leave it out of its maximum.
	 */
	default boolean graded() {
		return true;
	}

}
