package fr.cmacademy.question;

import java.util.List;

/**
 * What a GIFT file holds: the questions read without problem, and the problems of the
 * others (a question with a problem is left out, as Moodle's import does).
 */
public record GiftResult(List<Question> questions, List<GiftProblem> problems) {

	public GiftResult {
		questions = List.copyOf(questions);
		problems = List.copyOf(problems);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

}
