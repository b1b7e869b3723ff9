package fr.cmacademy.quiz.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import fr.cmacademy.content.QuizDefinition.Shown;
import fr.cmacademy.question.CorrectAnswer;
import fr.cmacademy.question.FormattedText;
import fr.cmacademy.question.Outcome;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.Response;

/**
 * What a practice quiz shows under a question the learner checked during the attempt, as
 * far as the quiz's {@code during} setting allows.
 */
final class CheckedFeedback {

	private CheckedFeedback() {
	}

	static Div of(Component owner, Question question, Outcome outcome, double maxMarks, Set<Shown> shown) {
		Div box = new Div();
		box.addClassName("question-card__checked");
		box.getElement().setAttribute("role", "status");
		String status = outcome.status().name().toLowerCase(Locale.ROOT);
		if (shown.contains(Shown.MARKS)) {
			Span badge = new Span(owner.getTranslation("review.status." + status));
			badge.addClassNames("status-badge", "status-badge--" + status.replace('_', '-'));
			Span marks = new Span(owner.getTranslation("review.marks", outcome.fraction() * maxMarks, maxMarks));
			marks.addClassName("question-card__points");
			box.add(new Div(badge, marks));
		}
		if (shown.contains(Shown.FEEDBACK)) {
			for (FormattedText feedback : outcome.feedback()) {
				box.add(new Html("<div class=\"question-card__feedback rich-text\">" + feedback.html() + "</div>"));
			}
			if (!question.generalFeedback().isEmpty()) {
				box.add(new Html("<div class=\"question-card__general rich-text\">" + question.generalFeedback().html()
						+ "</div>"));
			}
		}
		Response correct = CorrectAnswer.of(question);
		if (shown.contains(Shown.CORRECT) && correct != null) {
			box.add(new Span(owner.getTranslation("review.correct-answer")));
			box.add(ResponseText.of(owner, question, correct));
		}
		return box;
	}

}
