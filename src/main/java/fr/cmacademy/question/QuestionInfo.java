package fr.cmacademy.question;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What every question has, whatever its type.
 *
 * @param name the GIFT title ({@code ::name::}), or a name derived from the text as
 * Moodle does when there is none
 * @param idNumber the stable id from a {@code // [id:...]} comment line, or {@code null}
 * @param tags the {@code // [tag:...]} values, in file order
 * @param category the {@code $CATEGORY:} in force where the question was read, {@code ""}
 * when none
 * @param text the question text; for missing-word questions the answers' place holds
 * {@code _____}
 * @param generalFeedback the {@code ####} feedback shown whatever the answer
 * @param line the 1-based line where the question starts in its file (its first line that
 * is not a comment), 0 when not read from a file
 */
public record QuestionInfo(String name, @Nullable String idNumber, List<String> tags, String category,
		FormattedText text, FormattedText generalFeedback, int line) {

	public QuestionInfo {
		Objects.requireNonNull(name, "name");
		tags = List.copyOf(tags);
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(generalFeedback, "generalFeedback");
	}

	/**
	 * A question with only a name and a text (no id, tag, category or general feedback).
	 */
	public static QuestionInfo of(String name, FormattedText text) {
		return new QuestionInfo(name, null, List.of(), "", text, FormattedText.EMPTY, 0);
	}

	public QuestionInfo withLine(int line) {
		return new QuestionInfo(name, idNumber, tags, category, text, generalFeedback, line);
	}

	public QuestionInfo withId(@Nullable String idNumber) {
		return new QuestionInfo(name, idNumber, tags, category, text, generalFeedback, line);
	}

	public QuestionInfo withCategory(String category) {
		return new QuestionInfo(name, idNumber, tags, category, text, generalFeedback, line);
	}

	public QuestionInfo withGeneralFeedback(FormattedText generalFeedback) {
		return new QuestionInfo(name, idNumber, tags, category, text, generalFeedback, line);
	}

}
