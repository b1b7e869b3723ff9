package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * The right answer to a question, as a response, for review screens: grading it gives the
 * question's best possible fraction.
 */
public final class CorrectAnswer {

	private CorrectAnswer() {
	}

	/**
	 * A response that scores the maximum, or {@code null} for essays and descriptions (no
	 * right answer to show). For short answers it is the best answer's text with Moodle
	 * wildcards removed.
	 */
	public static @Nullable Response of(Question question) {
		return switch (question) {
			case SingleChoice q -> new ChoiceResponse(best(q.choices()));
			case MultipleChoice q -> new ChoiceResponse(positive(q.choices()));
			case TrueFalse q -> new TrueFalseResponse(q.correctAnswer());
			case ShortAnswer q -> shortAnswer(q);
			case Numeric q -> numeric(q);
			case Matching q -> matching(q);
			case Ordering q -> new OrderingResponse(IntStream.range(0, q.items().size()).boxed().toList());
			case Essay q -> null;
			case Description q -> null;
		};
	}

	private static Set<Integer> best(List<Choice> choices) {
		int best = 0;
		for (int i = 1; i < choices.size(); i++) {
			if (choices.get(i).fraction() > choices.get(best).fraction()) {
				best = i;
			}
		}
		return choices.isEmpty() ? Set.of() : Set.of(best);
	}

	private static Set<Integer> positive(List<Choice> choices) {
		List<Integer> selected = new ArrayList<>();
		for (int i = 0; i < choices.size(); i++) {
			if (choices.get(i).fraction() > 0) {
				selected.add(i);
			}
		}
		return Set.copyOf(selected);
	}

	private static @Nullable Response shortAnswer(ShortAnswer question) {
		TextAnswer best = null;
		for (TextAnswer answer : question.answers()) {
			boolean showable = !TextMatcher.example(answer.text()).isEmpty();
			boolean bestShowable = best != null && !TextMatcher.example(best.text()).isEmpty();
			if (best == null || answer.fraction() > best.fraction()
					|| (answer.fraction() == best.fraction() && showable && !bestShowable)) {
				best = answer;
			}
		}
		if (best == null) {
			return null;
		}
		String example = TextMatcher.example(best.text());
		return new TextResponse(example.isEmpty() ? "*" : example);
	}

	private static @Nullable Response numeric(Numeric question) {
		NumericAnswer best = null;
		for (NumericAnswer answer : question.answers()) {
			if (best == null || answer.fraction() > best.fraction()) {
				best = answer;
			}
		}
		return best == null ? null : new NumericResponse(best.value().toPlainString());
	}

	private static Response matching(Matching question) {
		Map<Integer, Integer> pairs = new LinkedHashMap<>();
		for (int i = 0; i < question.pairs().size(); i++) {
			pairs.put(i, question.correctOption(i));
		}
		return new MatchingResponse(pairs);
	}

}
