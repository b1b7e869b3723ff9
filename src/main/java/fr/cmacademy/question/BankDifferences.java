package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What differs, beyond texts, between the French and English versions of a question:
 * whatever would make a response mean something else, or grade differently, in the other
 * language.
 */
final class BankDifferences {

	private BankDifferences() {
	}

	static List<String> of(Question fr, Question en) {
		List<String> differences = new ArrayList<>();
		if (fr.type() != en.type()) {
			differences.add("type " + en.type() + " here, " + fr.type() + " in French");
			return differences;
		}
		if (!fr.category().equals(en.category())) {
			differences.add("category '" + en.category() + "' here, '" + fr.category() + "' in French");
		}
		switch (fr) {
			case SingleChoice q -> choices(q.choices(), ((SingleChoice) en).choices(), differences);
			case MultipleChoice q -> choices(q.choices(), ((MultipleChoice) en).choices(), differences);
			case TrueFalse q -> {
				if (q.correctAnswer() != ((TrueFalse) en).correctAnswer()) {
					differences.add("the answer is " + ((TrueFalse) en).correctAnswer() + " here, " + q.correctAnswer()
							+ " in French");
				}
			}
			case Numeric q -> numeric(q.answers(), ((Numeric) en).answers(), differences);
			case Matching q -> matching(q, (Matching) en, differences);
			case Ordering q -> count("items", q.items().size(), ((Ordering) en).items().size(), differences);
			case ShortAnswer q -> {
				// Each language lists its own accepted answers.
			}
			case Essay q -> {
			}
			case Description q -> {
			}
		}
		return differences;
	}

	private static void choices(List<Choice> fr, List<Choice> en, List<String> differences) {
		if (count("answers", fr.size(), en.size(), differences)) {
			List<String> frWeights = weights(fr);
			List<String> enWeights = weights(en);
			if (!frWeights.equals(enWeights)) {
				differences.add("weights " + BankPairing.joined(enWeights) + " here, " + BankPairing.joined(frWeights)
						+ " in French");
			}
		}
	}

	private static List<String> weights(List<Choice> choices) {
		return choices.stream().map(choice -> GiftWeights.percent(choice.fraction()) + "%").toList();
	}

	private static void numeric(List<NumericAnswer> fr, List<NumericAnswer> en, List<String> differences) {
		List<String> frAnswers = fr.stream().map(BankDifferences::numeric).toList();
		List<String> enAnswers = en.stream().map(BankDifferences::numeric).toList();
		if (!frAnswers.equals(enAnswers)) {
			differences.add("numeric answers " + BankPairing.joined(enAnswers) + " here, "
					+ BankPairing.joined(frAnswers) + " in French");
		}
	}

	private static String numeric(NumericAnswer answer) {
		return GiftWeights.percent(answer.fraction()) + "% " + answer.value().toPlainString() + ":"
				+ answer.tolerance().toPlainString();
	}

	private static void matching(Matching fr, Matching en, List<String> differences) {
		boolean samePairs = count("pairs", fr.pairs().size(), en.pairs().size(), differences);
		boolean sameOptions = count("answers to choose from", fr.options().size(), en.options().size(), differences);
		if (samePairs && sameOptions) {
			List<Integer> frAnswers = IntStream.range(0, fr.pairs().size()).mapToObj(fr::correctOption).toList();
			List<Integer> enAnswers = IntStream.range(0, en.pairs().size()).mapToObj(en::correctOption).toList();
			if (!frAnswers.equals(enAnswers)) {
				differences.add("items sharing an answer differ (answer numbers " + BankPairing.joined(enAnswers)
						+ " here, " + BankPairing.joined(frAnswers) + " in French)");
			}
		}
	}

	private static boolean count(String what, int fr, int en, List<String> differences) {
		if (fr != en) {
			differences.add(en + " " + what + " here, " + fr + " in French");
			return false;
		}
		return true;
	}

}
