package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question where each left-hand item is matched with one right-hand answer
 * ({@code =LinkedIn -> Contenus professionnels}). Lines with an empty left side
 * ({@code = -> Chat}) add wrong answers to choose from, as in Moodle.
 *
 * <p>
 * In a {@link MatchingResponse}, left indices are indices into {@link #pairs()} and right
 * indices into {@link #options()}.
 *
 * @param pairs the items and their answers, in file order
 * @param distractors right-hand answers that match no item, in file order
 */
public record Matching(QuestionInfo info, List<MatchPair> pairs, List<String> distractors) implements Question {

	public Matching {
		Objects.requireNonNull(info, "info");
		pairs = List.copyOf(pairs);
		distractors = List.copyOf(distractors);
	}

	@Override
	public QuestionType type() {
		return QuestionType.MATCHING;
	}

	@Override
	public Matching withInfo(QuestionInfo info) {
		return new Matching(info, pairs, distractors);
	}

	/**
	 * The right-hand answers to choose from: the pairs' answers then the distractors,
	 * each text once (two items may share an answer, as in Moodle).
	 */
	public List<String> options() {
		Set<String> options = new LinkedHashSet<>();
		pairs.forEach(pair -> options.add(pair.right()));
		options.addAll(distractors);
		return List.copyOf(new ArrayList<>(options));
	}

	/** Index in {@link #options()} of the answer that matches pair {@code pairIndex}. */
	public int correctOption(int pairIndex) {
		return options().indexOf(pairs.get(pairIndex).right());
	}

}
