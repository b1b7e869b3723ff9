package fr.cmacademy.scenario.ui;

import java.util.Optional;
import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.content.ui.ItemPages;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.scenario.RunSummary;
import fr.cmacademy.scenario.ScenarioOverview;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.model.Metric;
import fr.cmacademy.simulation.model.Scenario;

/**
 * A scenario's page: the situation, the brand's brief, the people and the gauges the
 * learner will meet, the button to start or continue, and the learner's past runs with
 * their debriefs.
 */
@Route("scenarios/:scenarioId")
@RolesAllowed(Roles.LEARNER)
public class ScenarioView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final ScenarioService scenarios;

	private final ContentCatalog content;

	private String title = "";

	public ScenarioView(ScenarioService scenarios, ContentCatalog content) {
		this.scenarios = scenarios;
		this.content = content;
		addClassNames("page", "scenario-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("scenarioId").orElse("");
		Optional<ScenarioOverview> loaded = ItemPages.open(event, content, id, () -> scenarios.overview(id));
		if (loaded.isEmpty()) {
			return;
		}
		ScenarioOverview overview = loaded.get();
		title = overview.scenario().title().in(getLocale());
		render(overview);
	}

	private void render(ScenarioOverview overview) {
		removeAll();
		Locale locale = getLocale();
		Scenario scenario = overview.scenario();
		Anchor back = ItemPages.backLink("modules/" + overview.moduleId(), getTranslation("scenario.page.back"));
		Paragraph summary = new Paragraph(scenario.summary().in(locale));
		summary.addClassName("page__lead");
		Span meta = new Span(getTranslation("scenario.kind." + SimText.key(scenario.kind().name())) + " · "
				+ getTranslation("scenario.page.minutes", scenario.minutes()) + " · "
				+ getTranslation("scenario.page.pass-score", scenario.passScore()));
		meta.addClassName("scenario-page__meta");
		add(back, summary, meta, action(overview));
		Div brief = BriefCard.brief(this, scenario, true);
		brief.addClassName("panel");
		Div columns = new Div(brief);
		columns.addClassName("scenario-page__columns");
		Div side = new Div();
		side.addClassName("scenario-page__side");
		if (!scenario.personas().isEmpty()) {
			side.add(BriefCard.personas(this, scenario));
		}
		if (!scenario.metrics().isEmpty()) {
			side.add(metrics(scenario));
		}
		if (side.getComponentCount() > 0) {
			columns.add(side);
		}
		add(columns);
		if (!overview.runs().isEmpty()) {
			add(history(overview));
		}
	}

	private Div action(ScenarioOverview overview) {
		Div box = new Div();
		box.addClassNames("panel", "scenario-page__action");
		if (overview.passed()) {
			Span badge = new Span(getTranslation("scenario.page.passed"));
			badge.addClassNames("status-badge", "status-badge--done");
			box.add(badge);
		}
		String scenarioId = overview.scenario().id();
		if (overview.openRun() != null) {
			long runId = overview.openRun().id();
			Button resume = new Button(getTranslation("scenario.page.continue"), click -> open(runId));
			resume.addThemeVariants(ButtonVariant.PRIMARY);
			box.add(new Paragraph(getTranslation("scenario.page.open-run")), resume);
		}
		else {
			Button start = new Button(
					getTranslation(overview.runs().isEmpty() ? "scenario.page.start" : "scenario.page.start-again"),
					click -> open(scenarios.start(scenarioId)));
			start.addThemeVariants(ButtonVariant.PRIMARY);
			start.setDisableOnClick(true);
			box.add(new Paragraph(getTranslation("scenario.page.start-hint")), start);
		}
		return box;
	}

	private void open(long runId) {
		getUI().ifPresent(ui -> ui.navigate("runs/" + runId));
	}

	private Div metrics(Scenario scenario) {
		Div box = new Div(new H2(getTranslation("scenario.metrics.title")));
		box.addClassName("panel");
		UnorderedList list = new UnorderedList();
		list.addClassName("metric-list");
		for (Metric metric : scenario.metrics()) {
			Span label = new Span(metric.label().in(getLocale()));
			label.addClassName("metric-list__label");
			Span start = new Span(getTranslation("scenario.metrics.start", metric.start(), metric.min(), metric.max()));
			Span good = new Span(getTranslation(
					metric.good() == Metric.Good.HIGH ? "scenario.metrics.good-high" : "scenario.metrics.good-low"));
			good.addClassName("metric-list__good");
			list.add(new ListItem(label, start, good));
		}
		box.add(list);
		return box;
	}

	private Div history(ScenarioOverview overview) {
		OrderedList list = new OrderedList();
		list.addClassName("run-list");
		for (RunSummary run : overview.runs().reversed()) {
			Span number = new Span(getTranslation("scenario.history.run", run.number()));
			number.addClassName("run-list__number");
			Span date = new Span(format(run.startedAt()));
			date.addClassName("run-list__date");
			Span score = new Span(run.percent() == null ? "—" : run.percent() + " %");
			score.addClassName("run-list__score");
			Div row = new Div(number, date, score, badge(run));
			row.addClassName("run-list__row");
			if (run.finished()) {
				Anchor link = new Anchor("runs/" + run.id() + "/debrief", getTranslation("scenario.history.debrief"));
				link.getElement().setAttribute("router-link", true);
				link.getElement()
					.setAttribute("aria-label", getTranslation("scenario.history.debrief-label", run.number()));
				row.add(link);
			}
			list.add(new ListItem(row));
		}
		Div box = new Div(new H2(getTranslation("scenario.history.title")), list);
		box.addClassName("panel");
		return box;
	}

	private Span badge(RunSummary run) {
		String key;
		String modifier;
		if (!run.finished()) {
			key = "scenario.status.in-progress";
			modifier = "status-badge--in-progress";
		}
		else if (run.pendingReview()) {
			key = "scenario.status.pending";
			modifier = "status-badge--needs-grading";
		}
		else if (Boolean.TRUE.equals(run.passed())) {
			key = "scenario.status.passed";
			modifier = "status-badge--done";
		}
		else {
			key = "scenario.status.failed";
			modifier = "status-badge--failed";
		}
		Span badge = new Span(getTranslation(key));
		badge.addClassNames("status-badge", modifier);
		return badge;
	}

	private String format(Instant instant) {
		return Formats.dateTime(getLocale(), instant);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
