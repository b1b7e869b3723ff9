package fr.cmacademy.question;

import java.util.List;

/**
 * The outcome of pairing a French and an English bank.
 *
 * @param questions the questions whose two versions agree, in French file order
 * @param frProblems problems to fix in the French file (lines of that file)
 * @param enProblems problems to fix in the English file (lines of that file)
 */
public record PairingResult(List<BilingualQuestion> questions, List<GiftProblem> frProblems,
		List<GiftProblem> enProblems) {

	public PairingResult {
		questions = List.copyOf(questions);
		frProblems = List.copyOf(frProblems);
		enProblems = List.copyOf(enProblems);
	}

	public boolean hasProblems() {
		return !frProblems.isEmpty() || !enProblems.isEmpty();
	}

}
