package fr.cmacademy.question;

import java.util.List;

/**
 * Writes the answer lines of the question types whose answers go one per line, each
 * indented by a tab, in the shortest form that reads back the same.
 */
final class GiftAnswerWriter {

	private GiftAnswerWriter() {
	}

	static void answers(StringBuilder out, Question question, TextFormat format) {
		switch (question) {
			case SingleChoice q -> singleChoice(out, q, format);
			case MultipleChoice q -> q.choices()
				.forEach(choice -> line(out, weighted('~', choice.fraction(), false) + choice(choice, format)));
			case ShortAnswer q -> q.answers().forEach(answer -> {
				GiftWriter.requireNoArrow(answer.text(), q);
				GiftWriter.requireNoArrow(answer.feedback().source(), q);
				String text = GiftText.write(FormattedText.moodle(answer.text()), TextFormat.MOODLE);
				line(out, weighted('=', answer.fraction(), true) + text + feedback(answer.feedback(), format));
			});
			case Numeric q -> numeric(out, q, format);
			case Matching q -> matching(out, q, format);
			case Ordering q -> q.items().forEach(item -> {
				String text = GiftText.write(item, format);
				line(out, ">" + (text.startsWith(">") ? "\\" : "") + text);
			});
			default -> throw new IllegalStateException("no answer lines for " + question.type());
		}
	}

	private static void singleChoice(StringBuilder out, SingleChoice question, TextFormat format) {
		if (question.choices().stream().noneMatch(choice -> choice.fraction() == 1)) {
			throw new IllegalArgumentException(
					"single choice question '" + question.name() + "' has no 100% answer: GIFT cannot express it");
		}
		// GIFT reads a choice question only if some answer starts with ~: when every
		// answer is
		// right, all but the first are written ~%100%.
		boolean allRight = question.choices().stream().allMatch(choice -> choice.fraction() == 1);
		for (int i = 0; i < question.choices().size(); i++) {
			Choice choice = question.choices().get(i);
			String marker = choice.fraction() == 1 && (!allRight || i == 0) ? "="
					: weighted('~', choice.fraction(), false);
			line(out, marker + choice(choice, format));
		}
	}

	private static void numeric(StringBuilder out, Numeric question, TextFormat format) {
		for (NumericAnswer answer : question.answers()) {
			String tolerance = answer.tolerance().signum() == 0 ? "" : ":" + answer.tolerance().toPlainString();
			line(out, weighted('=', answer.fraction(), true) + answer.value().toPlainString() + tolerance
					+ feedback(answer.feedback(), format));
		}
		if (!question.otherwiseFeedback().isEmpty()) {
			line(out, "~" + feedback(question.otherwiseFeedback(), format));
		}
	}

	private static void matching(StringBuilder out, Matching question, TextFormat format) {
		for (MatchPair pair : question.pairs()) {
			String left = GiftWriter.requireNoArrow(GiftText.write(pair.left(), format), question);
			line(out, "=" + left + " -> " + GiftText.escape(pair.right()));
		}
		List<String> distractors = question.distractors();
		distractors.forEach(distractor -> line(out, "= -> " + GiftText.escape(distractor)));
	}

	private static String choice(Choice choice, TextFormat format) {
		return GiftText.write(choice.text(), format) + feedback(choice.feedback(), format);
	}

	private static String feedback(FormattedText feedback, TextFormat format) {
		return feedback.isEmpty() ? "" : "#" + GiftText.write(feedback, format);
	}

	/**
	 * {@code marker} with the weight; {@code =} and {@code ~} alone stand for 100% and 0%
	 * where GIFT reads them so.
	 */
	private static String weighted(char marker, double fraction, boolean fullByDefault) {
		boolean implicit = fullByDefault ? fraction == 1 : fraction == 0;
		return implicit ? String.valueOf(marker) : marker + "%" + GiftWeights.percent(fraction) + "%";
	}

	private static void line(StringBuilder out, String line) {
		out.append('\t').append(line).append('\n');
	}

}
