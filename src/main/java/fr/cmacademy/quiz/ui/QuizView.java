package fr.cmacademy.quiz.ui;

import java.util.Optional;
import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.content.ui.ItemPages;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.content.QuizDefinition;
import fr.cmacademy.quiz.AttemptSummary;
import fr.cmacademy.quiz.QuizOverview;
import fr.cmacademy.quiz.QuizOverview.Availability;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.quiz.QuizUnavailableException;
import fr.cmacademy.shared.Roles;

/**
 * A quiz's page: what it is, its rules, the learner's attempts and grade, and the button
 * to start or continue.
 */
@Route("quizzes/:quizId")
@RolesAllowed(Roles.LEARNER)
public class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final QuizService quizzes;

	private final LessonRenderer renderer;

	private final ContentCatalog content;

	private String title = "";

	public QuizView(QuizService quizzes, LessonRenderer renderer, ContentCatalog content) {
		this.quizzes = quizzes;
		this.renderer = renderer;
		this.content = content;
		addClassNames("page", "quiz-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("quizId").orElse("");
		Optional<QuizOverview> loaded = ItemPages.open(event, content, id, () -> quizzes.overview(id));
		if (loaded.isEmpty()) {
			return;
		}
		QuizOverview overview = loaded.get();
		title = overview.quiz().title().in(getLocale());
		render(overview);
	}

	private void render(QuizOverview overview) {
		removeAll();
		Locale locale = getLocale();
		QuizDefinition definition = overview.quiz().definition();
		Anchor back = ItemPages.backLink("modules/" + overview.moduleId(), getTranslation("quiz.back-to-module"));
		add(back);
		String intro = overview.quiz().intro().in(locale);
		if (!intro.isBlank()) {
			Html body = new Html("<div>" + renderer.render(overview.quiz().itemId(), intro, locale) + "</div>");
			body.getElement().getClassList().add("lesson-body");
			add(body);
		}
		add(rules(definition, overview));
		add(action(overview));
		if (!overview.attempts().isEmpty()) {
			add(history(overview));
		}
	}

	private Div rules(QuizDefinition definition, QuizOverview overview) {
		DescriptionList list = new DescriptionList();
		list.addClassName("facts");
		fact(list, "quiz.rules.questions", String.valueOf(definition.questionCount()));
		fact(list, "quiz.rules.time-limit", definition.timeLimit() == null ? getTranslation("quiz.rules.no-limit")
				: getTranslation("quiz.minutes", definition.timeLimit().toMinutes()));
		fact(list, "quiz.rules.attempts", definition.attempts() == null ? getTranslation("quiz.rules.unlimited")
				: getTranslation("quiz.rules.attempts-left", overview.attemptsLeft(), definition.attempts()));
		fact(list, "quiz.rules.pass-mark", definition.passMark() + " %");
		fact(list, "quiz.rules.grading", getTranslation("quiz.grading." + definition.grading().name().toLowerCase()));
		if (definition.opensAt() != null) {
			fact(list, "quiz.rules.opens", format(definition.opensAt().toInstant()));
		}
		if (definition.closesAt() != null) {
			fact(list, "quiz.rules.closes", format(definition.closesAt().toInstant()));
		}
		Div box = new Div(new H2(getTranslation("quiz.rules")), list);
		if (definition.timeLimit() != null) {
			box.add(new Paragraph(getTranslation("quiz.rules.timer-note",
					Duration.ofSeconds(definition.grace().toSeconds()).toSeconds())));
		}
		box.addClassName("panel");
		return box;
	}

	private void fact(DescriptionList list, String key, String value) {
		list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
	}

	private Div action(QuizOverview overview) {
		Div box = new Div();
		box.addClassNames("panel", "quiz-page__action");
		if (overview.grade() != null) {
			Span grade = new Span(getTranslation("quiz.your-grade", percent(overview.grade())));
			grade.addClassName("quiz-page__grade");
			Span badge = new Span(getTranslation(overview.passed() ? "quiz.passed" : "quiz.not-passed"));
			badge.addClassNames("status-badge", overview.passed() ? "status-badge--done" : "status-badge--failed");
			box.add(new Div(grade, badge));
		}
		if (overview.openAttempt() != null) {
			Button resume = new Button(getTranslation("quiz.continue"), click -> open(overview.openAttempt().id()));
			resume.addThemeVariants(ButtonVariant.PRIMARY);
			box.add(new Paragraph(getTranslation("quiz.open-attempt")), resume);
		}
		else if (overview.availability() == Availability.OPEN) {
			Button start = new Button(getTranslation(overview.attempts().isEmpty() ? "quiz.start" : "quiz.start-again"),
					click -> start(overview.quiz().itemId()));
			start.addThemeVariants(ButtonVariant.PRIMARY);
			start.setDisableOnClick(true);
			box.add(start);
		}
		else {
			box.add(new Paragraph(getTranslation("quiz.unavailable." + overview.availability().name().toLowerCase())));
		}
		return box;
	}

	private void start(String quizId) {
		try {
			open(quizzes.start(quizId));
		}
		catch (QuizUnavailableException ex) {
			render(quizzes.overview(quizId));
		}
	}

	private void open(long attemptId) {
		getUI().ifPresent(ui -> ui.navigate("attempts/" + attemptId));
	}

	private Div history(QuizOverview overview) {
		Grid<AttemptSummary> grid = new Grid<>();
		grid.addClassName("attempt-history");
		grid.setAllRowsVisible(true);
		grid.addColumn(AttemptSummary::number).setHeader(getTranslation("quiz.history.attempt")).setAutoWidth(true);
		grid.addColumn(a -> format(a.startedAt())).setHeader(getTranslation("quiz.history.started")).setAutoWidth(true);
		grid.addColumn(this::state).setHeader(getTranslation("quiz.history.state")).setFlexGrow(1);
		grid.addColumn(a -> a.percent() == null ? "—" : percent(a.percent()) + (a.provisional() ? " *" : ""))
			.setHeader(getTranslation("quiz.history.score"))
			.setAutoWidth(true);
		grid.addComponentColumn(a -> {
			if (!a.submitted()) {
				return new Span();
			}
			Anchor link = new Anchor("attempts/" + a.id() + "/review", getTranslation("quiz.history.open-review"));
			link.getElement().setAttribute("router-link", true);
			link.getElement().setAttribute("aria-label", getTranslation("quiz.history.review-label", a.number()));
			return link;
		}).setHeader(getTranslation("quiz.history.review")).setAutoWidth(true);
		grid.setItems(overview.attempts().reversed());
		Div box = new Div(new H2(getTranslation("quiz.history")), grid);
		if (overview.attempts().stream().anyMatch(AttemptSummary::provisional)) {
			box.add(new Paragraph(getTranslation("quiz.history.provisional-note")));
		}
		box.addClassName("panel");
		return box;
	}

	private String state(AttemptSummary attempt) {
		if (!attempt.submitted()) {
			return getTranslation("quiz.state.in-progress");
		}
		if (attempt.provisional()) {
			return getTranslation("quiz.state.needs-grading");
		}
		String state = getTranslation(Boolean.TRUE.equals(attempt.passed()) ? "quiz.passed" : "quiz.not-passed");
		return attempt.autoSubmitted() ? state + " · " + getTranslation("quiz.state.auto") : state;
	}

	String percent(double value) {
		return getTranslation("quiz.percent", Math.round(value * 10) / 10.0);
	}

	private String format(java.time.Instant instant) {
		return Formats.dateTime(getLocale(), instant);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
