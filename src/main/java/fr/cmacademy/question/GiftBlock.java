package fr.cmacademy.question;

import java.util.List;

/**
 * One question's worth of GIFT lines (a block between blank lines), ready to be cut into
 * pieces: comment lines set aside, escapes replaced by placeholders, and for each
 * character the file line it came from, so that a problem can point at the line of the
 * answer at fault.
 */
final class GiftBlock {

	/** A trimmed, non-blank line of a GIFT file. */
	record Line(int number, String text) {

		boolean isComment() {
			return text.startsWith("//");
		}

	}

	/**
	 * A piece of the block's text and where it starts in the block.
	 */
	record Part(String text, int offset) {

		Part trim() {
			int begin = 0;
			int end = text.length();
			while (begin < end && GiftText.isTrimmed(text.charAt(begin))) {
				begin++;
			}
			while (end > begin && GiftText.isTrimmed(text.charAt(end - 1))) {
				end--;
			}
			return sub(begin, end);
		}

		Part sub(int begin, int end) {
			return new Part(text.substring(begin, end), offset + begin);
		}

		Part sub(int begin) {
			return sub(begin, text.length());
		}

		boolean isEmpty() {
			return text.isEmpty();
		}

		boolean startsWith(String prefix) {
			return text.startsWith(prefix);
		}

		int indexOf(String s) {
			return text.indexOf(s);
		}

		int indexOf(char c) {
			return text.indexOf(c);
		}

	}

	private final String text;

	private final int[] lines;

	private final String comments;

	private final List<GiftProblem> problems;

	private GiftBlock(String text, int[] lines, String comments, List<GiftProblem> problems) {
		this.text = text;
		this.lines = lines;
		this.comments = comments;
		this.problems = problems;
	}

	/**
	 * The block made of {@code lines}; problems found while reading it are added to
	 * {@code problems}.
	 */
	static GiftBlock of(List<Line> lines, List<GiftProblem> problems) {
		StringBuilder text = new StringBuilder();
		int[] lineOf = new int[lines.stream().mapToInt(line -> line.text().length() + 1).sum() + 1];
		StringBuilder comments = new StringBuilder();
		for (int index = 0; index < lines.size(); index++) {
			Line line = lines.get(index);
			if (index > 0) {
				lineOf[text.length()] = line.number();
				text.append('\n');
			}
			// Like Moodle, a comment line becomes a blank line of the question.
			String content = line.isComment() ? " " : line.text();
			if (line.isComment()) {
				comments.append(line.text()).append('\n');
			}
			for (int i = 0; i < content.length(); i++) {
				char c = content.charAt(i);
				char placeholder = c == '\\' && i + 1 < content.length() ? GiftText.placeholder(content.charAt(i + 1))
						: 0;
				lineOf[text.length()] = line.number();
				if (placeholder != 0) {
					text.append(placeholder);
					i++;
				}
				else {
					text.append(c);
				}
			}
		}
		int last = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
		lineOf[text.length()] = last;
		return new GiftBlock(text.toString(), lineOf, comments.toString(), problems);
	}

	Part all() {
		return new Part(text, 0);
	}

	String comments() {
		return comments;
	}

	/** The file line of the character at {@code offset} in the block. */
	int lineAt(int offset) {
		return lines[Math.max(0, Math.min(offset, text.length()))];
	}

	void report(Part part, String message) {
		report(lineAt(part.offset()), message);
	}

	void report(int line, String message) {
		problems.add(new GiftProblem(line, message));
	}

	int problemCount() {
		return problems.size();
	}

}
