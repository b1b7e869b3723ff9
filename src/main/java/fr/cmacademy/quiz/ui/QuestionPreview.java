package fr.cmacademy.quiz.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import fr.cmacademy.question.Ordering;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.Shuffle;

/**
 * A question as a learner sees it in an attempt (text and the same answer field), for
 * authors' previews: answers go nowhere.
 */
public final class QuestionPreview {

	private QuestionPreview() {
	}

	public static Component of(Component owner, Question question, String label) {
		List<Integer> order = question instanceof Ordering ordering ? Shuffle.initialOrder(ordering, 1)
				: Shuffle.choiceOrder(question, 1, false);
		Div box = new Div(QuestionInput.html(question.text()),
				QuestionInput.of(owner, question, order, label, response -> {
				}).component());
		box.addClassName("question-preview");
		return box;
	}

}
