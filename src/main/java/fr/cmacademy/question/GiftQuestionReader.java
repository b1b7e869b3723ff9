package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cmacademy.question.GiftBlock.Part;
import org.jspecify.annotations.Nullable;

/**
 * Reads one GIFT question block the way Moodle's {@code qformat_gift::readquestion()}
 * does: title, answer block (the first {@code {...}}; text after it makes a missing-word
 * question), general feedback (the last {@code ####}), question text format, then the
 * type from the answer block, with the id and tags from the block's comment lines. Where
 * Moodle would import something surprising (a stray brace, an unclosed title), it reports
 * a problem instead.
 */
final class GiftQuestionReader {

	/** Moodle's {@code extract_idnumber_and_tags_from_comment()} patterns. */
	static final Pattern ID = Pattern.compile("\\[id:((?:\\\\\\]|[^\\]\\p{Cntrl}])+)\\]");

	static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\\\]|[^\\]<>`\\p{Cntrl}])+)\\]");

	private static final String BLANK = "_____";

	private GiftQuestionReader() {
	}

	/**
	 * The question in {@code block}, or {@code null} after reporting why there is none.
	 */
	static @Nullable Question read(GiftBlock block, String category) {
		int problemsBefore = block.problemCount();
		Part text = block.all().trim();
		int line = block.lineAt(text.offset());
		String name = "";
		if (text.startsWith("::")) {
			int end = text.text().indexOf("::", 2);
			if (end < 0) {
				block.report(line, "the title is not closed: write ::title:: before the question text");
				return null;
			}
			name = GiftText.trim(GiftText.unescape(text.sub(2, end).text()));
			text = text.sub(end + 2).trim();
		}
		int open = text.indexOf('{');
		int close = text.indexOf('}');
		boolean description = open < 0 && close < 0;
		if (!description && !bracesOk(block, text, open, close)) {
			return null;
		}
		String questionSource = text.text();
		Part answers = new Part("", text.offset());
		if (!description) {
			answers = text.sub(open + 1, close).trim();
			String after = close == text.text().length() - 1 ? "" : BLANK + text.text().substring(close + 1);
			questionSource = text.text().substring(0, open) + after;
		}
		Part generalFeedback = null;
		int separator = answers.text().lastIndexOf("####");
		if (separator >= 0) {
			generalFeedback = answers.sub(separator + 4);
			answers = answers.sub(0, separator).trim();
		}
		TextFormat format = GiftText.formatOf(questionSource, TextFormat.MOODLE);
		FormattedText questionText = GiftText.formatted(questionSource, TextFormat.MOODLE);
		if (questionText.isEmpty()) {
			block.report(line, "the question has no text");
			return null;
		}
		QuestionInfo info = new QuestionInfo(name.isEmpty() ? defaultName(questionText) : name, idNumber(block),
				tags(block), category, questionText,
				generalFeedback == null ? FormattedText.EMPTY : GiftText.formatted(generalFeedback.text(), format),
				line);
		Question question = description ? new Description(info) : GiftAnswerReader.read(block, answers, format, info);
		return block.problemCount() == problemsBefore ? question : null;
	}

	private static boolean bracesOk(GiftBlock block, Part text, int open, int close) {
		if (open < 0) {
			block.report(text.sub(close), "'}' without '{': write a literal brace as \\}");
			return false;
		}
		if (close < 0) {
			block.report(text.sub(open), "'{' is never closed by '}' (write a literal brace as \\{)");
			return false;
		}
		if (close < open) {
			block.report(text.sub(close), "'}' before the answers' '{': write a literal brace as \\}");
			return false;
		}
		Part after = text.sub(close + 1);
		for (int i = 0; i < after.text().length(); i++) {
			char c = after.text().charAt(i);
			if (c == '{' || c == '}') {
				block.report(after.sub(i), "a question has one answer block: write literal braces as \\{ and \\}");
				return false;
			}
		}
		return true;
	}

	/** Moodle names an untitled question after the start of its text. */
	private static String defaultName(FormattedText text) {
		String plain = (text.format() == TextFormat.HTML ? Html.text(text.source()) : text.source())
			.replaceAll("\\s+", " ")
			.strip();
		return plain.length() > 80 ? plain.substring(0, 77).strip() + "..." : plain;
	}

	private static @Nullable String idNumber(GiftBlock block) {
		Matcher matcher = ID.matcher(block.comments());
		return matcher.find() ? GiftText.trim(matcher.group(1).replace("\\]", "]")) : null;
	}

	private static List<String> tags(GiftBlock block) {
		List<String> tags = new ArrayList<>();
		Matcher matcher = TAG.matcher(block.comments());
		while (matcher.find()) {
			tags.add(GiftText.trim(matcher.group(1).replace("\\]", "]")));
		}
		return tags;
	}

}
