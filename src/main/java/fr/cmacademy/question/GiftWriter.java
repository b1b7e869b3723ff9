package fr.cmacademy.question;

import java.util.List;
import java.util.Objects;

/**
 * Writes questions as GIFT that {@link GiftParser} (and Moodle) reads back as the same
 * questions: a {@code $CATEGORY:} block whenever the category changes, a
 * {@code // [id:...]
 * [tag:...]} comment line, always a title, then the text and answers, one per line,
 * escaped.
 *
 * <p>
 * Some questions have no GIFT form; writing them throws {@link IllegalArgumentException}:
 * a matching item or any short answer text containing {@code ->} (GIFT would read a
 * matching question), a description with general feedback, a single choice question
 * without a 100% answer (GIFT would read a multiple answer question), a category with a
 * line break or a backslash, or a question without category after one with.
 */
public final class GiftWriter {

	private GiftWriter() {
	}

	public static String write(List<Question> questions) {
		StringBuilder out = new StringBuilder();
		String category = "";
		for (Question question : questions) {
			if (!question.category().equals(category)) {
				category = category(question);
				out.append("$CATEGORY: ").append(category).append("\n\n");
			}
			comments(out, question);
			out.append("::").append(GiftText.escapeName(question.name())).append("::");
			out.append(GiftText.write(question.text(), TextFormat.MOODLE));
			body(out, question);
			out.append("\n\n");
		}
		return out.toString();
	}

	private static String category(Question question) {
		String category = question.category();
		if (category.isEmpty()) {
			throw new IllegalArgumentException(
					"question '" + question.name() + "' has no category but follows questions that have one");
		}
		if (category.contains("\n") || category.contains("\r") || category.contains("\\")) {
			throw new IllegalArgumentException("category '" + category + "' cannot be written in GIFT");
		}
		return GiftText.trim(category);
	}

	private static void comments(StringBuilder out, Question question) {
		String id = question.idNumber();
		if (id == null && question.tags().isEmpty()) {
			return;
		}
		out.append("//");
		if (id != null) {
			out.append(" [id:").append(id.replace("]", "\\]")).append(']');
		}
		question.tags().forEach(tag -> out.append(" [tag:").append(tag.replace("]", "\\]")).append(']'));
		out.append('\n');
	}

	private static void body(StringBuilder out, Question question) {
		TextFormat format = question.text().isEmpty() ? TextFormat.MOODLE : question.text().format();
		String generalFeedback = question.generalFeedback().isEmpty() ? ""
				: "####" + GiftText.write(question.generalFeedback(), format);
		switch (question) {
			case Description q -> {
				if (!generalFeedback.isEmpty()) {
					throw new IllegalArgumentException("description '" + q.name() + "' cannot have general feedback");
				}
			}
			case Essay q -> out.append('{').append(generalFeedback).append('}');
			case TrueFalse q -> out.append('{')
				.append(q.correctAnswer() ? "TRUE" : "FALSE")
				.append(trueFalseFeedback(q, format))
				.append(generalFeedback)
				.append('}');
			default -> {
				out.append(question instanceof Numeric ? "{#\n" : "{\n");
				GiftAnswerWriter.answers(out, question, format);
				if (!generalFeedback.isEmpty()) {
					out.append('\t').append(generalFeedback).append('\n');
				}
				out.append('}');
			}
		}
	}

	/** Moodle's order: {@code #wrong#right}, leaving out what is empty at the end. */
	private static String trueFalseFeedback(TrueFalse question, TextFormat format) {
		String wrong = GiftText.write(question.wrongFeedback(), format);
		String right = GiftText.write(question.rightFeedback(), format);
		if (right.isEmpty()) {
			return wrong.isEmpty() ? "" : "#" + wrong;
		}
		return "#" + wrong + "#" + right;
	}

	static String requireNoArrow(String text, Question question) {
		if (Objects.requireNonNull(text).contains("->")) {
			throw new IllegalArgumentException("'->' in '" + text + "' of question '" + question.name()
					+ "' would make GIFT read a matching question");
		}
		return text;
	}

}
