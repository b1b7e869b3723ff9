package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.List;

import fr.cmacademy.question.GiftBlock.Part;
import org.jspecify.annotations.Nullable;

/**
 * Reads a matching answer block: {@code =item -> answer} lines, an empty item adding a
 * wrong answer to choose from. As in Moodle, the item is formatted text and the answer
 * plain text.
 */
final class GiftMatchingReader {

	private GiftMatchingReader() {
	}

	static @Nullable Question matching(GiftBlock block, Part answers, TextFormat format, QuestionInfo info) {
		String text = answers.text();
		List<Part> pieces = GiftAnswerReader.split(answers, i -> text.charAt(i) == '=');
		if (!pieces.get(0).trim().isEmpty()) {
			block.report(pieces.get(0).trim(),
					"unknown answer syntax '" + GiftWeights.shorten(pieces.get(0).trim().text())
							+ "': each matching line starts with =, as in =item -> answer");
		}
		List<MatchPair> pairs = new ArrayList<>();
		List<String> distractors = new ArrayList<>();
		for (Part piece : pieces.subList(1, pieces.size())) {
			Part item = piece.sub(1).trim();
			int arrow = item.indexOf("->");
			if (arrow < 0) {
				block.report(item,
						"matching line '" + GiftWeights.shorten(item.text()) + "' has no '->': write =item -> answer");
				continue;
			}
			FormattedText left = GiftText.formatted(item.text().substring(0, arrow), format);
			String right = GiftText.trim(GiftText.unescape(item.text().substring(arrow + 2)));
			if (right.isEmpty()) {
				block.report(item, "matching line '" + GiftWeights.shorten(item.text()) + "' has no answer after '->'");
			}
			else if (left.isEmpty()) {
				distractors.add(right);
			}
			else {
				pairs.add(new MatchPair(left, right));
			}
		}
		// Moodle's import wants two lines and its editor two items with an answer; extra
		// wrong answers (= -> answer) come on top.
		if (pairs.size() < 2) {
			block.report(info.line(), "a matching question needs at least 2 pairs (=item -> answer)");
			return null;
		}
		return new Matching(info, pairs, distractors);
	}

}
