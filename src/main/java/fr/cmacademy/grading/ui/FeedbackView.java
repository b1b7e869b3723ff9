package fr.cmacademy.grading.ui;

import java.util.Locale;

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

import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.grading.FeedbackService;
import fr.cmacademy.grading.FeedbackService.Feedback;
import fr.cmacademy.grading.GradingWork;
import fr.cmacademy.grading.GradingWork.CriterionGrade;
import fr.cmacademy.grading.RubricCriterion;
import fr.cmacademy.grading.WorkKind;
import fr.cmacademy.shared.Roles;

/**
 * A released grade as the learner reads it: the total, each criterion with the level
 * reached and the trainer's comment, and the overall comment. Anything else (a draft,
 * someone else's work) looks like an unknown page.
 */
@Route("feedback/:kind/:source/:slot")
@RolesAllowed({ Roles.LEARNER, Roles.TRAINER, Roles.ADMIN })
public class FeedbackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final FeedbackService feedback;

	private String title = "";

	public FeedbackView(FeedbackService feedback) {
		this.feedback = feedback;
		addClassNames("page", "feedback-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Feedback found;
		try {
			WorkKind kind = WorkKind.ofSlug(event.getRouteParameters().get("kind").orElse(""));
			long source = Long.parseLong(event.getRouteParameters().get("source").orElse(""));
			int slot = Integer.parseInt(event.getRouteParameters().get("slot").orElse(""));
			found = feedback.feedback(kind, source, slot).orElseThrow(NotFoundException::new);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
		render(found);
	}

	private void render(Feedback found) {
		Locale locale = getLocale();
		title = getTranslation("feedback.title", found.entry().itemTitle().in(locale));
		removeAll();
		Anchor back = new Anchor(workLink(found), getTranslation("feedback.back"));
		back.getElement().setAttribute("router-link", true);
		back.addClassName("back-link");
		GradingWork.Grade grade = found.grade();
		double points = grade.points() == null ? 0 : grade.points();
		double max = found.entry().maxPoints();
		Div summary = new Div(new H2(getTranslation("feedback.grade")));
		summary.addClassNames("panel", "feedback-summary");
		if (max > 0) {
			Span total = new Span(getTranslation("feedback.total", GradeBadges.points(locale, points),
					GradeBadges.points(locale, max), Math.round(points * 100 / max)));
			total.addClassName("feedback-summary__total");
			summary.add(total);
		}
		summary.add(
				new Paragraph(getTranslation("feedback.released", grade.graderName() == null ? "—" : grade.graderName(),
						grade.releasedAt() == null ? "" : format(grade.releasedAt()))));
		if (found.changed()) {
			summary.add(new Paragraph(getTranslation("feedback.changed")));
		}
		if (!grade.comment().isBlank()) {
			summary.add(new H3(getTranslation("feedback.overall")), quote(grade.comment()));
		}
		Div criteria = new Div(new H2(getTranslation("feedback.criteria")));
		criteria.addClassNames("panel", "feedback-criteria");
		for (RubricCriterion criterion : found.rubric()) {
			CriterionGrade given = grade.criteria().get(criterion.key());
			Div row = new Div(new H3(criterion.label().in(locale)));
			row.addClassName("feedback-criteria__row");
			if (criterion.maxPoints() > 0 && given != null && given.points() != null) {
				String level = criterion.levels()
					.stream()
					.filter(l -> given.points() >= l.minPoints() && given.points() <= l.points())
					.findFirst()
					.map(l -> l.label().in(locale) + " · ")
					.orElse("");
				Span mark = new Span(level + getTranslation("feedback.criterion-points",
						GradeBadges.points(locale, given.points()), GradeBadges.points(locale, criterion.maxPoints())));
				mark.addClassName("feedback-criteria__points");
				row.add(mark);
			}
			if (given != null && !given.comment().isBlank()) {
				row.add(quote(given.comment()));
			}
			criteria.add(row);
		}
		add(back, summary, criteria);
	}

	private static String workLink(Feedback found) {
		return switch (found.work()) {
			case GradingWork.Assignment assignment -> "assignments/" + assignment.submission().assignment().itemId();
			case GradingWork.Essay essay -> "attempts/" + essay.essay().attemptId() + "/review";
			case GradingWork.Scenario scenario -> "runs/" + scenario.review().run().id() + "/debrief";
		};
	}

	private static Div quote(String text) {
		// Text, not HTML: a comment never becomes markup.
		return GradeBadges.quote(text, "feedback-comment");
	}

	private String format(java.time.Instant instant) {
		return Formats.dateTime(getLocale(), instant);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
