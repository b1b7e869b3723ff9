package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.cmacademy.question.GiftBlock.Part;
import fr.cmacademy.question.GiftWeights.Weighted;
import org.jspecify.annotations.Nullable;

/**
 * Reads the answer blocks whose answers are not plain texts: numeric ({@code value},
 * {@code value:tolerance}, {@code min..max}, weighted, with {@code ~#feedback} for any
 * other value) and matching ({@code =left -> right}).
 */
final class GiftNumericReader {

	/**
	 * What PHP's {@code is_numeric()} accepts, which is what Moodle checks, within bounds
	 * that keep exact decimal arithmetic cheap (30 digits each side, 3-digit exponents).
	 */
	private static final Pattern NUMBER = Pattern
		.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

	private GiftNumericReader() {
	}

	static @Nullable Question numeric(GiftBlock block, Part answers, TextFormat format, QuestionInfo info) {
		Part rest = answers.sub(1);
		FormattedText otherwise = FormattedText.EMPTY;
		int tilde = rest.indexOf('~');
		if (tilde >= 0) {
			var bits = GiftAnswerReader.comment(rest.sub(tilde + 1));
			if (!bits.answer().trim().isEmpty()) {
				block.report(rest.sub(tilde), "unknown answer syntax after '~': a numeric question only takes "
						+ "~#feedback, shown for any other value");
			}
			otherwise = GiftAnswerReader.feedback(bits.feedback(), format);
			rest = rest.sub(0, tilde);
		}
		String text = rest.text();
		List<Part> pieces = GiftAnswerReader.split(rest, i -> text.charAt(i) == '=');
		List<NumericAnswer> accepted = new ArrayList<>();
		for (int index = 0; index < pieces.size(); index++) {
			Part answer = (index == 0 ? pieces.get(index) : pieces.get(index).sub(1)).trim();
			if (index == 0 && answer.isEmpty()) {
				continue;
			}
			NumericAnswer read = numericAnswer(block, answer, format);
			if (read != null) {
				accepted.add(read);
			}
		}
		if (pieces.size() == 1 && pieces.get(0).trim().isEmpty()) {
			block.report(answers,
					"a numeric question needs at least one answer: {#value}, {#value:tolerance} or " + "{#min..max}");
			return null;
		}
		if (!accepted.isEmpty() && accepted.stream().noneMatch(answer -> answer.fraction() == 1)) {
			block.report(info.line(), "no answer is worth 100%");
		}
		return new Numeric(info, accepted, otherwise);
	}

	private static @Nullable NumericAnswer numericAnswer(GiftBlock block, Part answer, TextFormat format) {
		Weighted weighted = GiftWeights.read(answer, block);
		var bits = GiftAnswerReader.comment(weighted.rest());
		String value = GiftText.unescape(GiftText.trim(bits.answer().text()));
		FormattedText feedback = GiftAnswerReader.feedback(bits.feedback(), format);
		double fraction = weighted.fractionOr(1);
		int range = value.indexOf("..");
		if (range > 0) {
			BigDecimal min = number(block, answer, value.substring(0, range), "minimum");
			BigDecimal max = number(block, answer, value.substring(range + 2), "maximum");
			if (min == null || max == null) {
				return null;
			}
			if (min.compareTo(max) > 0) {
				block.report(answer, "range " + value + " has its minimum above its maximum");
				return null;
			}
			return NumericAnswer.range(min, max, fraction, feedback);
		}
		int colon = value.indexOf(':');
		BigDecimal expected = number(block, answer, colon > 0 ? value.substring(0, colon) : value, "answer");
		BigDecimal tolerance = colon > 0 ? number(block, answer, value.substring(colon + 1), "tolerance")
				: BigDecimal.ZERO;
		if (expected == null || tolerance == null) {
			return null;
		}
		if (tolerance.signum() < 0) {
			block.report(answer, "tolerance " + tolerance.toPlainString() + " is negative");
			return null;
		}
		return new NumericAnswer(expected, tolerance, fraction, feedback);
	}

	private static @Nullable BigDecimal number(GiftBlock block, Part answer, String text, String what) {
		String trimmed = GiftText.trim(text);
		if (NUMBER.matcher(trimmed).matches()) {
			return new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
		}
		String hint = trimmed.matches("[+-]?[0-9]*,[0-9]+")
				? " (write decimals with a dot: " + trimmed.replace(',', '.') + ")" : "";
		block.report(answer, "numeric " + what + " '" + trimmed + "' is not a number" + hint);
		return null;
	}

}
