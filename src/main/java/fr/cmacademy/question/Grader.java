package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Grades a response, deterministically and without side effects.
 *
 * <ul>
 * <li>Single choice: the fraction of the chosen answer (negative counts as 0); selecting
 * more than one answer scores 0.</li>
 * <li>Multiple choice: the sum of the fractions of the selected answers, within [0,
 * 1].</li>
 * <li>True/false: all or nothing.</li>
 * <li>Short answer: the best fraction among the answers the text matches (see
 * {@link TextMatcher}: case, accents and spaces ignored, {@code *} wildcard); a bilingual
 * question accepts both languages' answers.</li>
 * <li>Numeric: the best fraction among the answers whose range holds the number read from
 * the response ({@link NumberReader}).</li>
 * <li>Matching: items matched right / items.</li>
 * <li>Ordering: items at their right position / items. All-or-nothing would give a
 * learner who swapped two of six steps the same 0 as one who answered at random.</li>
 * <li>Essay: {@link Status#NEEDS_GRADING} with fraction 0 until a trainer grades it.</li>
 * <li>Description: nothing to answer, nothing to earn: fraction 0 with status
 * {@link Status#CORRECT} ("nothing left to do"), never {@code NOT_ANSWERED}; it carries
 * no marks anyway ({@link Question#graded()}).</li>
 * </ul>
 * A missing or empty response is {@link Status#NOT_ANSWERED}; a response of the wrong
 * kind for the question, or with indices out of range, scores 0 rather than failing.
 */
public final class Grader {

	private Grader() {
	}

	public static Outcome grade(Question question, @Nullable Response response) {
		return grade(question, response, List.of());
	}

	/**
	 * Grades against a bilingual question, with feedback in French. The structure of both
	 * languages is the same, so only short answers differ: both languages' answers count.
	 */
	public static Outcome grade(BilingualQuestion question, @Nullable Response response) {
		return grade(question, response, Locale.FRENCH);
	}

	/**
	 * Grades against a bilingual question, with feedback in the language of
	 * {@code locale}.
	 */
	public static Outcome grade(BilingualQuestion question, @Nullable Response response, Locale locale) {
		Question shown = question.in(locale);
		Question other = shown == question.fr() ? question.en() : question.fr();
		List<TextAnswer> extra = other instanceof ShortAnswer shortAnswer ? shortAnswer.answers() : List.of();
		return grade(shown, response, extra);
	}

	private static Outcome grade(Question question, @Nullable Response response, List<TextAnswer> extraAnswers) {
		if (question instanceof Description) {
			return new Outcome(0, Status.CORRECT, List.of());
		}
		if (response == null || response.isEmpty()) {
			return Outcome.notAnswered();
		}
		return switch (question) {
			case SingleChoice q -> response instanceof ChoiceResponse r ? single(q.choices(), r) : wrong();
			case MultipleChoice q -> response instanceof ChoiceResponse r ? multiple(q.choices(), r) : wrong();
			case TrueFalse q -> response instanceof TrueFalseResponse r ? trueFalse(q, r) : wrong();
			case ShortAnswer q -> response instanceof TextResponse r ? shortAnswer(q, r, extraAnswers) : wrong();
			case Numeric q -> response instanceof NumericResponse r ? numeric(q, r) : wrong();
			case Matching q -> response instanceof MatchingResponse r ? matching(q, r) : wrong();
			case Ordering q -> response instanceof OrderingResponse r ? ordering(q, r) : wrong();
			case Essay q ->
				response instanceof TextResponse ? new Outcome(0, Status.NEEDS_GRADING, List.of()) : wrong();
			case Description q -> throw new IllegalStateException("handled above");
		};
	}

	private static Outcome wrong() {
		return Outcome.graded(0, List.of());
	}

	private static Outcome single(List<Choice> choices, ChoiceResponse response) {
		if (response.selected().size() != 1) {
			return wrong();
		}
		int index = response.selected().iterator().next();
		if (index < 0 || index >= choices.size()) {
			return wrong();
		}
		Choice choice = choices.get(index);
		return Outcome.graded(choice.fraction(), List.of(choice.feedback()));
	}

	private static Outcome multiple(List<Choice> choices, ChoiceResponse response) {
		double sum = 0;
		List<FormattedText> feedback = new ArrayList<>();
		for (int index : response.selected()) {
			if (index >= 0 && index < choices.size()) {
				sum += choices.get(index).fraction();
				feedback.add(choices.get(index).feedback());
			}
		}
		return Outcome.graded(sum, feedback);
	}

	private static Outcome trueFalse(TrueFalse question, TrueFalseResponse response) {
		FormattedText feedback = response.value() ? question.trueFeedback() : question.falseFeedback();
		return Outcome.graded(response.value() == question.correctAnswer() ? 1 : 0, List.of(feedback));
	}

	private static Outcome shortAnswer(ShortAnswer question, TextResponse response, List<TextAnswer> extraAnswers) {
		TextAnswer best = null;
		List<TextAnswer> answers = new ArrayList<>(question.answers());
		answers.addAll(extraAnswers);
		for (TextAnswer answer : answers) {
			// Strictly better only: on a tie the answer of the language shown wins.
			if (TextMatcher.matches(answer.text(), response.text())
					&& (best == null || answer.fraction() > best.fraction())) {
				best = answer;
			}
		}
		return best == null ? wrong() : Outcome.graded(best.fraction(), List.of(best.feedback()));
	}

	private static Outcome numeric(Numeric question, NumericResponse response) {
		Optional<BigDecimal> number = response.number();
		NumericAnswer best = null;
		if (number.isPresent()) {
			for (NumericAnswer answer : question.answers()) {
				if (answer.accepts(number.get()) && (best == null || answer.fraction() > best.fraction())) {
					best = answer;
				}
			}
		}
		if (best == null || best.fraction() <= 0) {
			FormattedText feedback = best != null && !best.feedback().isEmpty() ? best.feedback()
					: question.otherwiseFeedback();
			return Outcome.graded(0, List.of(feedback));
		}
		return Outcome.graded(best.fraction(), List.of(best.feedback()));
	}

	private static Outcome matching(Matching question, MatchingResponse response) {
		List<String> options = question.options();
		int right = 0;
		for (Map.Entry<Integer, Integer> entry : response.leftToRight().entrySet()) {
			int pair = entry.getKey();
			int option = entry.getValue();
			if (pair >= 0 && pair < question.pairs().size() && option >= 0 && option < options.size()
					&& options.get(option).equals(question.pairs().get(pair).right())) {
				right++;
			}
		}
		return Outcome.graded(question.pairs().isEmpty() ? 0 : (double) right / question.pairs().size(), List.of());
	}

	private static Outcome ordering(Ordering question, OrderingResponse response) {
		int size = question.items().size();
		List<Integer> order = response.order();
		if (size == 0 || !isPermutation(order, size)) {
			return wrong();
		}
		int placed = 0;
		for (int position = 0; position < size; position++) {
			if (order.get(position) == position) {
				placed++;
			}
		}
		return Outcome.graded((double) placed / size, List.of());
	}

	private static boolean isPermutation(List<Integer> order, int size) {
		Set<Integer> seen = new HashSet<>(order);
		return order.size() == size && seen.size() == size && order.stream().allMatch(i -> i >= 0 && i < size);
	}

}
