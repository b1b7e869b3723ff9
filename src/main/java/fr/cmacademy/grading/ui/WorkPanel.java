package fr.cmacademy.grading.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.assignment.AssignmentGrading.SubmittedWork;
import fr.cmacademy.assignment.Submission;
import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.shared.ui.PageLocale;
import fr.cmacademy.grading.GradingWork;
import fr.cmacademy.quiz.EssayGrading.EssayWork;
import fr.cmacademy.scenario.ScenarioReviews.ReviewWork;
import fr.cmacademy.scenario.ui.CheckList;
import fr.cmacademy.simulation.Debrief;

/**
 * The learner's work as the grader reads it: an assignment with its brief, an essay with
 * its question, or a scenario run's drafts; the learner's text is always shown as text.
 */
final class WorkPanel {

	private WorkPanel() {
	}

	static Div of(Component owner, GradingWork.Work work, LessonRenderer renderer) {
		Div box = new Div(new H2(owner.getTranslation("grading.work.title")));
		box.addClassNames("panel", "grading-work");
		switch (work) {
			case GradingWork.Assignment assignment -> assignment(owner, box, assignment.submission(), renderer);
			case GradingWork.Essay essay -> essay(owner, box, essay.essay());
			case GradingWork.Scenario scenario -> scenario(owner, box, scenario.review());
		}
		return box;
	}

	private static void assignment(Component owner, Div box, SubmittedWork work, LessonRenderer renderer) {
		Locale locale = PageLocale.of(owner);
		String itemId = work.assignment().itemId();
		Html brief = new Html("<div class=\"lesson-body\">"
				+ renderer.render(itemId, work.assignment().definition().brief().in(locale), locale) + "</div>");
		Details details = new Details(owner.getTranslation("grading.work.brief"), brief);
		details.addClassName("grading-work__brief");
		box.add(details,
				new Paragraph(owner.getTranslation("grading.work.words", Submission.words(work.submission().text()))));
		box.add(typed(owner, work.submission().text()));
	}

	private static void essay(Component owner, Div box, EssayWork essay) {
		Locale locale = PageLocale.of(owner);
		box.add(new H3(owner.getTranslation("grading.work.question")));
		box.add(new Html("<div class=\"question-card__text rich-text\">" + essay.question().in(locale).text().html()
				+ "</div>"));
		box.add(new H3(owner.getTranslation("grading.work.answer")));
		box.add(essay.answer() == null ? new Paragraph(owner.getTranslation("grading.work.no-answer"))
				: typed(owner, essay.answer()));
	}

	private static void scenario(Component owner, Div box, ReviewWork review) {
		Locale locale = PageLocale.of(owner);
		box.add(new H3(review.scenario().title().in(locale)), new Paragraph(review.scenario().summary().in(locale)));
		for (Debrief.TargetReview target : review.debrief().targets()) {
			Div draft = new Div(new H3(owner.getTranslation("grading.work.draft", target.target())));
			draft.addClassName("grading-work__draft");
			draft.add(target.text() == null ? new Paragraph(owner.getTranslation("grading.work.no-answer"))
					: typed(owner, target.text()));
			if (target.altText() != null) {
				draft.add(new Paragraph(owner.getTranslation("grading.work.alt-text", target.altText())));
			}
			draft.add(CheckList.of(owner, target.checks()));
			box.add(draft);
		}
		Anchor debrief = new Anchor("runs/" + review.run().id() + "/debrief",
				owner.getTranslation("grading.work.debrief"));
		debrief.getElement().setAttribute("router-link", true);
		debrief.addClassName("button-link");
		box.add(debrief);
	}

	/** The instant checks of one written part of a run, shown next to its criterion. */
	static @Nullable Component checks(Component owner, GradingWork.Work work, String criterion) {
		if (!(work instanceof GradingWork.Scenario scenario)) {
			return null;
		}
		Debrief debrief = scenario.review().debrief();
		String[] key = criterion.split(":", 2);
		return switch (key[0]) {
			case "decision" -> debrief.decisions()
				.stream()
				.filter(d -> d.decision().equals(key[1]) && !d.checks().isEmpty())
				.findFirst()
				.map(d -> (Component) CheckList.of(owner, d.checks()))
				.orElse(null);
			case "question" -> debrief.questions()
				.stream()
				.filter(q -> q.question().equals(key[1]) && !q.checks().isEmpty())
				.findFirst()
				.map(q -> (Component) CheckList.of(owner, q.checks()))
				.orElse(null);
			default -> null;
		};
	}

	/** The learner's text, scrollable when long, so focusable to scroll by keyboard. */
	static Div typed(Component owner, String text) {
		Div div = new Div();
		div.addClassName("typed-answer");
		div.setText(text);
		div.getElement().setAttribute("tabindex", "0");
		div.getElement().setAttribute("role", "region");
		div.getElement().setAttribute("aria-label", owner.getTranslation("grading.work.answer"));
		return div;
	}

}
