package fr.cmacademy.content.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cmacademy.content.QuizDefinition;

/**
 * Checks a quiz against the banks: every fixed question exists, and each category holds
 * enough questions for its draws (questions fixed elsewhere in the quiz or drawn by an
 * earlier draw are not drawn again).
 */
public final class QuizReferences {

	private QuizReferences() {
	}

	/**
	 * @param categories every bank question's category, by question id
	 */
	public static void check(String file, QuizFile.Parsed quiz, Map<String, String> categories, Problems problems) {
		QuizDefinition definition = quiz.definition();
		Set<String> used = new HashSet<>();
		for (QuizDefinition.Slot slot : definition.slots()) {
			if (slot instanceof QuizDefinition.Fixed fixed) {
				used.add(fixed.questionId());
			}
		}
		for (int i = 0; i < definition.slots().size(); i++) {
			int line = quiz.slotLines().get(i);
			switch (definition.slots().get(i)) {
				case QuizDefinition.Fixed fixed -> {
					if (!categories.containsKey(fixed.questionId())) {
						problems.add(file, line,
								"unknown question '" + fixed.questionId() + "': no bank declares this id");
					}
				}
				case QuizDefinition.Draw draw -> {
					List<String> left = categories.entrySet()
						.stream()
						.filter(e -> draw.includes(e.getValue()) && !used.contains(e.getKey()))
						.map(Map.Entry::getKey)
						.toList();
					if (left.size() < draw.count()) {
						problems.add(file, line,
								"draws " + draw.count() + " question(s) from category '" + draw.category()
										+ "', which holds only " + left.size() + " question(s) not already in this quiz"
										+ (left.isEmpty() ? " (no bank uses this category)" : ""));
					}
					used.addAll(left.subList(0, Math.min(draw.count(), left.size())));
				}
			}
		}
	}

}
