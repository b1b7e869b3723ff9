package fr.cmacademy.quiz.ui;

import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.content.ui.ItemPages;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.content.QuizDefinition.Shown;
import fr.cmacademy.question.CorrectAnswer;
import fr.cmacademy.question.FormattedText;
import fr.cmacademy.question.Question;
import fr.cmacademy.quiz.AttemptNotFoundException;
import fr.cmacademy.quiz.AttemptReview;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.AttemptSummary;
import fr.cmacademy.shared.Roles;

/**
 * A submitted attempt: the score, and for each question the learner's answer, whether it
 * was right, the feedback and the correct answer, as far as the quiz's review settings
 * allow at this moment.
 */
@Route("attempts/:attemptId/review")
@RolesAllowed(Roles.LEARNER)
public class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final AttemptService attempts;

	private String title = "";

	private long attemptId;

	public ReviewView(AttemptService attempts) {
		this.attempts = attempts;
		addClassNames("page", "review-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		AttemptReview review;
		try {
			attemptId = Long.parseLong(event.getRouteParameters().get("attemptId").orElse(""));
			review = attempts.review(attemptId);
		}
		catch (NumberFormatException | AttemptNotFoundException ex) {
			throw new NotFoundException();
		}
		catch (IllegalStateException ex) {
			event.forwardTo("attempts/" + event.getRouteParameters().get("attemptId").orElse(""));
			return;
		}
		title = getTranslation("review.title", review.sheet().attempt().number());
		render(review);
	}

	private void render(AttemptReview review) {
		removeAll();
		Set<Shown> shown = review.shown();
		AttemptSummary attempt = review.sheet().attempt();
		Anchor back = ItemPages.backLink("quizzes/" + review.sheet().quiz().itemId(), getTranslation("review.back"));
		add(back);
		Div head = new Div(new H2(review.sheet().quiz().title().in(getLocale())));
		head.addClassNames("panel", "review-page__score");
		if (shown.contains(Shown.MARKS) && attempt.percent() != null) {
			Span score = new Span(getTranslation("review.score", format(review.marks()), format(review.maxMarks()),
					getTranslation("quiz.percent", attempt.percent())));
			score.addClassName("review-page__total");
			head.add(score);
			if (attempt.provisional()) {
				head.add(new Paragraph(getTranslation("review.provisional")));
			}
			else {
				boolean passed = Boolean.TRUE.equals(attempt.passed());
				Span badge = new Span(getTranslation(passed ? "quiz.passed" : "quiz.not-passed"));
				badge.addClassNames("status-badge", passed ? "status-badge--done" : "status-badge--failed");
				head.add(badge);
			}
			head.add(new Paragraph(getTranslation("review.pass-mark", review.passMark())));
		}
		else {
			head.add(new Paragraph(getTranslation("review.hidden")));
		}
		if (attempt.submittedAt() != null) {
			head.add(new Paragraph(
					getTranslation("review.submitted", Formats.dateTime(getLocale(), attempt.submittedAt()))));
		}
		if (attempt.autoSubmitted()) {
			head.add(new Paragraph(getTranslation("review.auto")));
		}
		add(head);
		int total = review.questions().size();
		for (AttemptReview.Question question : review.questions()) {
			add(card(question, total, shown));
		}
	}

	private Div card(AttemptReview.Question reviewed, int total, Set<Shown> shown) {
		Locale locale = getLocale();
		Question question = reviewed.slot().question().in(locale);
		int number = reviewed.slot().slot() + 1;
		Div header = new Div(new H2(getTranslation("attempt.question", number, total)));
		header.addClassName("question-card__header");
		Div card = new Div(header);
		card.addClassNames("question-card", "question-card--review");
		if (shown.contains(Shown.MARKS)) {
			String status = reviewed.outcome().status().name().toLowerCase(Locale.ROOT);
			Span badge = new Span(getTranslation("review.status." + status));
			badge.addClassNames("status-badge", "status-badge--" + status.replace('_', '-'));
			Span marks = new Span(getTranslation("review.marks", reviewed.marks(), reviewed.slot().maxMarks()));
			marks.addClassName("question-card__points");
			header.add(badge, marks);
			card.addClassName("question-card--" + status.replace('_', '-'));
		}
		card.add(new Html("<div class=\"question-card__text rich-text\">" + question.text().html() + "</div>"));
		card.add(new H3(getTranslation("review.your-answer")));
		card.add(reviewed.slot().response() == null ? new Paragraph(getTranslation("review.no-answer"))
				: ResponseText.of(this, question, reviewed.slot().response()));
		if (shown.contains(Shown.FEEDBACK)) {
			for (FormattedText feedback : reviewed.outcome().feedback()) {
				card.add(feedback(feedback, "question-card__feedback"));
			}
		}
		fr.cmacademy.question.Response correct = CorrectAnswer.of(question);
		if (shown.contains(Shown.CORRECT) && correct != null) {
			card.add(new H3(getTranslation("review.correct-answer")));
			card.add(ResponseText.of(this, question, correct));
		}
		if (question instanceof fr.cmacademy.question.Essay
				&& reviewed.outcome().status() != fr.cmacademy.question.Status.NEEDS_GRADING
				&& reviewed.slot().response() != null) {
			Anchor trainer = new Anchor("feedback/essay/" + attemptId + "/" + reviewed.slot().slot(),
					getTranslation("review.essay-feedback"));
			trainer.getElement().setAttribute("router-link", true);
			trainer.addClassName("button-link");
			card.add(trainer);
		}
		if (shown.contains(Shown.FEEDBACK) && !question.generalFeedback().isEmpty()) {
			card.add(new H3(getTranslation("review.general-feedback")));
			card.add(feedback(question.generalFeedback(), "question-card__general"));
		}
		return card;
	}

	private static Html feedback(FormattedText text, String className) {
		return new Html("<div class=\"" + className + " rich-text\">" + text.html() + "</div>");
	}

	private String format(double value) {
		return java.text.NumberFormat.getNumberInstance(getLocale()).format(Math.round(value * 100) / 100.0);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
