package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cmacademy.question.GiftBlock.Line;

/**
 * Reads Moodle GIFT text (see {@code content/README.md} and Moodle's GIFT documentation).
 *
 * <p>
 * As in Moodle, lines are trimmed and questions are separated by blank lines; lines
 * starting with {@code //} are comments, and the comment lines of a question give its id
 * ({@code [id:...]}) and tags ({@code [tag:...]}); a {@code $CATEGORY:} block sets the
 * category of the questions that follow. Each question is read by
 * {@link GiftQuestionReader}.
 *
 * <p>
 * Reading never throws: every problem is reported with its line and reading goes on with
 * the next question, so that one run shows all the problems of a file. Besides what
 * Moodle rejects, problems include what Moodle would silently import in a way an author
 * does not mean: an id separated from its question by a blank line, a question glued to
 * its {@code $CATEGORY:} line, a stray brace, {@code =%50%} in a choice question, weights
 * that do not add up, an id used twice.
 */
public final class GiftParser {

	private static final String CATEGORY = "$CATEGORY:";

	private final List<Question> questions = new ArrayList<>();

	private final List<GiftProblem> problems = new ArrayList<>();

	private final Map<String, Integer> idLines = new HashMap<>();

	private String category = "";

	private GiftParser() {
	}

	public static GiftResult parse(String text) {
		GiftParser parser = new GiftParser();
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String[] lines = content.replace("\r\n", "\n").split("[\n\r]", -1);
		List<Line> block = new ArrayList<>();
		for (int index = 0; index < lines.length; index++) {
			String line = GiftText.trim(lines[index]);
			if (line.isEmpty()) {
				parser.read(block);
				block = new ArrayList<>();
			}
			else {
				block.add(new Line(index + 1, line));
			}
		}
		parser.read(block);
		return new GiftResult(parser.questions, parser.problems);
	}

	private void read(List<Line> block) {
		List<Line> content = block.stream().filter(line -> !line.isComment()).toList();
		if (content.isEmpty()) {
			block.stream()
				.filter(line -> GiftQuestionReader.ID.matcher(line.text()).find())
				.forEach(line -> problems.add(new GiftProblem(line.number(),
						"this [id:...] comment is separated from its question by a blank line: Moodle ignores it")));
			return;
		}
		Line first = content.get(0);
		if (first.text().startsWith(CATEGORY)) {
			category = GiftText.trim(GiftText.unescape(categoryName(first.text())));
			if (category.isEmpty()) {
				problems.add(new GiftProblem(first.number(), "$CATEGORY: without a category name"));
			}
			List<Line> rest = block.subList(block.indexOf(first) + 1, block.size());
			Line next = rest.stream().filter(line -> !line.isComment()).findFirst().orElse(null);
			if (next != null) {
				problems.add(new GiftProblem(next.number(),
						"leave a blank line after the $CATEGORY: line (Moodle would read the question as part of the "
								+ "category name)"));
				read(rest);
			}
			return;
		}
		GiftBlock giftBlock = GiftBlock.of(block, problems);
		Question question = GiftQuestionReader.read(giftBlock, category);
		if (question == null) {
			return;
		}
		String id = question.idNumber();
		if (id != null && idLines.containsKey(id)) {
			problems.add(new GiftProblem(question.line(),
					"id " + id + " is already used by the question at line " + idLines.get(id)));
			return;
		}
		if (id != null) {
			idLines.put(id, question.line());
		}
		questions.add(question);
	}

	/** The category name with escapes resolved, as in the rest of a question. */
	private static String categoryName(String line) {
		StringBuilder escaped = new StringBuilder();
		String name = line.substring(CATEGORY.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			char placeholder = c == '\\' && i + 1 < name.length() ? GiftText.placeholder(name.charAt(i + 1)) : 0;
			escaped.append(placeholder != 0 ? placeholder : c);
			if (placeholder != 0) {
				i++;
			}
		}
		return escaped.toString();
	}

}
