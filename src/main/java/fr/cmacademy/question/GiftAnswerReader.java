package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import fr.cmacademy.question.GiftBlock.Part;
import fr.cmacademy.question.GiftWeights.Weighted;
import org.jspecify.annotations.Nullable;

/**
 * Reads a question's answer block, once its type is known from it as Moodle decides:
 * empty is an essay, {@code #...} numeric, any {@code ~} a choice question (single when
 * some answer starts with {@code =}), {@code =} with {@code ->} matching,
 * {@code T}/{@code TRUE}/ {@code F}/{@code FALSE} true/false, anything else a short
 * answer. CM Academy's ordering extension ({@code >item} lines) is tried first, as Moodle
 * lets question type plugins do. Numeric and matching answers are read by
 * {@link GiftNumericReader} and {@link GiftMatchingReader}.
 */
final class GiftAnswerReader {

	private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

	private GiftAnswerReader() {
	}

	static @Nullable Question read(GiftBlock block, Part answers, TextFormat format, QuestionInfo info) {
		String text = answers.text();
		if (text.isEmpty()) {
			return new Essay(info);
		}
		if (text.startsWith(">")) {
			return ordering(block, answers, format, info);
		}
		if (text.startsWith("#")) {
			return GiftNumericReader.numeric(block, answers, format, info);
		}
		if (text.indexOf('~') >= 0) {
			return choice(block, answers, format, info);
		}
		if (text.indexOf('=') >= 0 && text.contains("->")) {
			return GiftMatchingReader.matching(block, answers, format, info);
		}
		int hash = text.indexOf('#');
		if (TRUE_FALSE.contains(hash > 0 ? GiftText.trim(text.substring(0, hash)) : text)) {
			return trueFalse(answers, format, info);
		}
		return shortAnswer(block, answers, format, info);
	}

	/**
	 * {@code part} cut before each character {@code at} accepts: the first piece is what
	 * comes before the first cut (often blank), each other piece starts with its
	 * separator.
	 */
	static List<Part> split(Part part, IntPredicate at) {
		List<Part> pieces = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < part.text().length(); i++) {
			if (at.test(i)) {
				pieces.add(part.sub(start, i));
				start = i;
			}
		}
		pieces.add(part.sub(start));
		return pieces;
	}

	/** An answer cut at its first {@code #}: the answer, then its feedback if any. */
	record Commented(Part answer, @Nullable Part feedback) {

	}

	/** An answer and its {@code #feedback}, as Moodle's {@code commentparser()}. */
	static Commented comment(Part answer) {
		int hash = answer.indexOf('#');
		return hash < 0 ? new Commented(answer, null) : new Commented(answer.sub(0, hash), answer.sub(hash + 1));
	}

	static FormattedText feedback(@Nullable Part feedback, TextFormat format) {
		return feedback == null ? FormattedText.EMPTY : GiftText.formatted(feedback.text(), format);
	}

	private static @Nullable Question choice(GiftBlock block, Part answers, TextFormat format, QuestionInfo info) {
		String text = answers.text();
		boolean single = text.indexOf('=') >= 0;
		List<Part> pieces = split(answers, i -> text.charAt(i) == '~' || text.charAt(i) == '=');
		if (!pieces.get(0).trim().isEmpty()) {
			block.report(pieces.get(0).trim(),
					"unknown answer syntax '" + GiftWeights.shorten(pieces.get(0).trim().text())
							+ "': each answer starts with = (right) or ~ (wrong or weighted)");
		}
		List<Choice> choices = new ArrayList<>();
		for (Part piece : pieces.subList(1, pieces.size())) {
			boolean right = piece.startsWith("=");
			Part answer = piece.sub(1).trim();
			Weighted weighted = GiftWeights.read(answer, block);
			if (right && weighted.fraction() != null) {
				block.report(answer, "'=' already means 100% in a choice question: write ~%"
						+ GiftWeights.percent(weighted.fraction()) + "% for a weighted answer");
			}
			var bits = comment(weighted.rest());
			FormattedText choiceText = GiftText.formatted(bits.answer().text(), format);
			if (choiceText.isEmpty()) {
				block.report(piece, "an answer has no text");
			}
			choices.add(new Choice(choiceText, right ? 1 : weighted.fractionOr(0), feedback(bits.feedback(), format)));
		}
		if (choices.size() < 2) {
			block.report(info.line(), "a choice question needs at least 2 answers");
			return null;
		}
		if (single) {
			if (choices.stream().noneMatch(choice -> choice.fraction() == 1)) {
				block.report(info.line(), "no answer is worth 100%");
			}
			return new SingleChoice(info, choices);
		}
		double positive = choices.stream().mapToDouble(Choice::fraction).filter(f -> f > 0).sum();
		if (Math.round(positive * 100) != 100) {
			block.report(info.line(),
					"the positive weights of a multiple answer question add up to " + Math.round(positive * 100)
							+ "% instead of 100% (a question with one right answer marks it with =)");
		}
		return new MultipleChoice(info, choices);
	}

	private static Question trueFalse(Part answers, TextFormat format, QuestionInfo info) {
		String[] bits = answers.text().split("#", 3);
		boolean value = GiftText.trim(bits[0]).startsWith("T");
		FormattedText wrong = bits.length > 1 ? GiftText.formatted(bits[1], format) : FormattedText.EMPTY;
		FormattedText right = bits.length > 2 ? GiftText.formatted(bits[2], format) : FormattedText.EMPTY;
		return new TrueFalse(info, value, value ? right : wrong, value ? wrong : right);
	}

	private static @Nullable Question shortAnswer(GiftBlock block, Part answers, TextFormat format, QuestionInfo info) {
		String text = answers.text();
		List<Part> pieces = split(answers, i -> text.charAt(i) == '=');
		List<TextAnswer> accepted = new ArrayList<>();
		for (int index = 0; index < pieces.size(); index++) {
			Part piece = pieces.get(index);
			// Moodle's documented shortcut: a single answer may omit its '='.
			Part answer = (index == 0 ? piece : piece.sub(1)).trim();
			if (index == 0 && answer.isEmpty()) {
				continue;
			}
			Weighted weighted = GiftWeights.read(answer, block);
			var bits = comment(weighted.rest());
			String answerText = GiftText.formatted(bits.answer().text(), format).source();
			if (answerText.isEmpty()) {
				block.report(answer, "an answer has no text");
			}
			accepted.add(new TextAnswer(answerText, weighted.fractionOr(1), feedback(bits.feedback(), format)));
		}
		if (accepted.size() == 1 && TRUE_FALSE.contains(accepted.get(0).text().toUpperCase(java.util.Locale.ROOT))
				&& !text.startsWith("=")) {
			block.report(answers, "'" + accepted.get(0).text()
					+ "' reads as a short answer: write T, TRUE, F or FALSE in capitals for a true/false question");
			return null;
		}
		if (accepted.stream().noneMatch(answer -> answer.fraction() == 1)) {
			block.report(info.line(), "no answer is worth 100%");
		}
		return new ShortAnswer(info, accepted);
	}

	private static @Nullable Question ordering(GiftBlock block, Part answers, TextFormat format, QuestionInfo info) {
		String text = answers.text();
		List<Part> pieces = split(answers, i -> text.charAt(i) == '>' && (i == 0 || text.charAt(i - 1) == '\n'));
		List<FormattedText> items = new ArrayList<>();
		for (Part piece : pieces.subList(1, pieces.size())) {
			Part item = piece.sub(1).trim();
			for (char special : new char[] { '~', '=', '#' }) {
				if (item.indexOf(special) >= 0) {
					block.report(item, "'" + special + "' in an ordering item: write it as \\" + special);
				}
			}
			FormattedText itemText = GiftText.formatted(item.text().replace("\\>", ">"), format);
			if (itemText.isEmpty()) {
				block.report(piece, "an ordering item has no text");
			}
			items.add(itemText);
		}
		if (items.size() < 2) {
			block.report(info.line(),
					"an ordering question needs at least 2 items, each on its own line starting with >");
			return null;
		}
		return new Ordering(info, items);
	}

}
