package fr.cmacademy.quiz;

import java.util.List;
import java.util.Set;

import fr.cmacademy.content.QuizDefinition.Shown;
import fr.cmacademy.question.Outcome;

/**
 * A submitted attempt as the learner may review it: what is {@code shown} depends on the
 * quiz's review settings and on when the review is opened.
 */
public record AttemptReview(AttemptSheet sheet, Set<Shown> shown, double marks, double maxMarks, int passMark,
		List<Question> questions) {

	/** One reviewed question. */
	public record Question(AttemptSheet.Slot slot, Outcome outcome, double marks) {
	}

}
