package fr.cmacademy.scenario.ui;

import fr.cmacademy.content.ui.ItemPages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.scenario.DebriefService;
import fr.cmacademy.scenario.DebriefService.RunDebrief;
import fr.cmacademy.scenario.RunNotFoundException;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.Debrief;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Metric;
import fr.cmacademy.simulation.model.Scenario;

/**
 * After a run: the score and verdict, how the story ended, the metrics over time, what
 * the learner did, and for each decision the expert's comment and the better path. The
 * learner who played it can play again; trainers and admins may open any learner's run.
 */
@Route("runs/:runId/debrief")
@RolesAllowed({ Roles.LEARNER, Roles.TRAINER, Roles.ADMIN })
public class DebriefView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final DebriefService debriefs;

	private final ScenarioService scenarios;

	private String title = "";

	public DebriefView(DebriefService debriefs, ScenarioService scenarios) {
		this.debriefs = debriefs;
		this.scenarios = scenarios;
		addClassNames("page", "debrief-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long runId;
		RunDebrief run;
		try {
			runId = Long.parseLong(event.getRouteParameters().get("runId").orElse(""));
			run = debriefs.debrief(runId);
		}
		catch (NumberFormatException | RunNotFoundException ex) {
			throw new NotFoundException();
		}
		catch (IllegalStateException ex) {
			// Not finished yet: the player takes it from where it is.
			event.forwardTo("runs/" + event.getRouteParameters().get("runId").orElse(""));
			return;
		}
		title = getTranslation("scenario.debrief.title", run.scenario().title().in(getLocale()));
		render(run);
		// Arriving from the player: start at the top, whichever ancestor scrolls.
		getElement().executeJs(
				"for (let e = this; e; e = e.assignedSlot || e.parentElement || e.getRootNode().host) { e.scrollTop = 0; }");
	}

	private void render(RunDebrief run) {
		removeAll();
		Scenario scenario = run.scenario();
		Debrief debrief = run.debrief();
		if (run.own()) {
			Anchor back = ItemPages.backLink("scenarios/" + scenario.id(), getTranslation("scenario.debrief.back"));
			add(back);
		}
		add(result(run));
		if (!debrief.timeline().isEmpty() && !scenario.metrics().isEmpty()) {
			add(chart(run));
		}
		if (scenario.kind() == Kind.CONVERSATION) {
			add(DecisionReviews.of(this, scenario, run.state(), debrief));
		}
		else {
			DebriefDetails.of(this, scenario, debrief).forEach(this::add);
		}
		add(RunTimeline.of(this, scenario, run.state()));
	}

	private Div result(RunDebrief run) {
		Locale locale = getLocale();
		Debrief debrief = run.debrief();
		Span percent = new Span(debrief.percent() + " %");
		percent.addClassName("debrief-result__percent");
		Span points = new Span(getTranslation("scenario.debrief.points", debrief.score(), debrief.maxScore()));
		points.addClassName("debrief-result__points");
		Span verdict = new Span(getTranslation("scenario.verdict." + SimText.key(debrief.verdict().name())));
		verdict.addClassNames("status-badge", switch (debrief.verdict()) {
			case PASSED -> "status-badge--done";
			case FAILED -> "status-badge--failed";
			case PENDING_REVIEW -> "status-badge--needs-grading";
		});
		Span pass = new Span(getTranslation("scenario.debrief.pass-score", debrief.passScore()));
		pass.addClassName("debrief-result__pass");
		Div score = new Div(percent, new Div(points, verdict, pass));
		score.addClassName("debrief-result__score");
		Div box = new Div(score);
		box.addClassNames("panel", "debrief-result", "debrief-result--" + SimText.key(debrief.verdict().name()));
		if (debrief.outcome() != null) {
			H2 outcome = new H2(debrief.outcome().title().in(locale));
			outcome.addClassName("debrief-result__outcome");
			box.add(outcome, new Paragraph(debrief.outcome().text().in(locale)));
		}
		boolean reviewed = !debrief.reviews().isEmpty()
				&& debrief.reviews().stream().allMatch(marker -> marker.given() != null);
		if (reviewed) {
			Anchor feedback = new Anchor("feedback/scenario/" + run.run().id() + "/0",
					getTranslation("scenario.debrief.reviewed"));
			feedback.getElement().setAttribute("router-link", true);
			feedback.addClassNames("button-link", "debrief-result__review");
			box.add(feedback);
		}
		else if (debrief.verdict() == Debrief.Verdict.PENDING_REVIEW || !debrief.reviews().isEmpty()) {
			Paragraph review = new Paragraph(getTranslation("scenario.debrief.review-note"));
			review.addClassName("debrief-result__review");
			box.add(review);
		}
		if (run.own()) {
			String scenarioId = run.scenario().id();
			Button again = new Button(getTranslation("scenario.debrief.play-again"), click -> {
				long next = scenarios.start(scenarioId);
				getUI().ifPresent(ui -> ui.navigate("runs/" + next));
			});
			again.addThemeVariants(ButtonVariant.PRIMARY);
			again.setDisableOnClick(true);
			Anchor back = new Anchor("scenarios/" + scenarioId, getTranslation("scenario.debrief.back"));
			back.getElement().setAttribute("router-link", true);
			Div actions = new Div(again, back);
			actions.addClassName("debrief-result__actions");
			box.add(actions);
		}
		return box;
	}

	private Div chart(RunDebrief run) {
		Scenario scenario = run.scenario();
		List<SvgChart.Series> series = new ArrayList<>();
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		for (Metric metric : scenario.metrics()) {
			var points = run.debrief().timeline().get(metric.id());
			if (points != null) {
				series.add(new SvgChart.Series(metric.label().in(getLocale()), points));
				min = Math.min(min, metric.min());
				max = Math.max(max, metric.max());
			}
		}
		Div box = new Div(new H2(getTranslation("scenario.debrief.chart")));
		box.addClassName("panel");
		if (!series.isEmpty()) {
			box.add(SvgChart.lines(getTranslation("scenario.debrief.chart-label", scenario.title().in(getLocale())),
					getTranslation("scenario.debrief.chart-minute"), min, max, run.state().clock(), series));
		}
		return box;
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
