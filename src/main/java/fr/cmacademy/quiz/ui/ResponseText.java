package fr.cmacademy.quiz.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import fr.cmacademy.question.Choice;
import fr.cmacademy.question.ChoiceResponse;
import fr.cmacademy.question.Matching;
import fr.cmacademy.question.MatchingResponse;
import fr.cmacademy.question.MultipleChoice;
import fr.cmacademy.question.NumericResponse;
import fr.cmacademy.question.Ordering;
import fr.cmacademy.question.OrderingResponse;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.Response;
import fr.cmacademy.question.SingleChoice;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.question.TrueFalseResponse;

/**
 * A response shown read-only in a review. What the learner typed is shown as text, never
 * as HTML.
 */
final class ResponseText {

	private ResponseText() {
	}

	static Component of(Component owner, Question question, Response response) {
		return switch (response) {
			case ChoiceResponse choice -> choices(question, choice);
			case TrueFalseResponse tf ->
				new Paragraph(owner.getTranslation(tf.value() ? "attempt.true" : "attempt.false"));
			case TextResponse text -> typed(text.text());
			case NumericResponse number -> new Paragraph(number.raw());
			case MatchingResponse matching -> matching(owner, question, matching.leftToRight());
			case OrderingResponse ordering -> ordering(question, ordering.order());
		};
	}

	private static Component choices(Question question, ChoiceResponse response) {
		List<Choice> choices = switch (question) {
			case SingleChoice single -> single.choices();
			case MultipleChoice multiple -> multiple.choices();
			default -> List.of();
		};
		UnorderedList list = new UnorderedList();
		for (int index : response.selected()) {
			if (index >= 0 && index < choices.size()) {
				list.add(new ListItem(QuestionInput.html(choices.get(index).text())));
			}
		}
		return list;
	}

	private static Component typed(String text) {
		Div box = new Div();
		box.addClassName("typed-answer");
		// Text, not HTML: whatever the learner typed stays inert.
		box.setText(text);
		return box;
	}

	private static Component matching(Component owner, Question question, Map<Integer, Integer> map) {
		UnorderedList list = new UnorderedList();
		if (question instanceof Matching matching) {
			List<String> options = matching.options();
			for (int i = 0; i < matching.pairs().size(); i++) {
				Integer option = map.get(i);
				ListItem item = new ListItem(QuestionInput.html(matching.pairs().get(i).left()));
				item.add(" → " + (option == null || option >= options.size() ? "—" : options.get(option)));
				list.add(item);
			}
		}
		return list;
	}

	private static Component ordering(Question question, List<Integer> order) {
		OrderedList list = new OrderedList();
		if (question instanceof Ordering ordering) {
			for (int index : order) {
				if (index >= 0 && index < ordering.items().size()) {
					list.add(new ListItem(QuestionInput.html(ordering.items().get(index))));
				}
			}
		}
		return list;
	}

}
