package fr.cmacademy.scenario.ui;

import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.scenario.ActResult;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.model.Question;

import static org.assertj.core.api.Assertions.assertThat;

/** The analytics dashboard on the real services and the shipped scenario. */
class AnalyticsPanelTest extends ViewTestBase {

	private static final String SCENARIO = "cm-analytics-monthly-dashboard";

	@Autowired
	ProgressService progress;

	@Autowired
	ScenarioService scenarios;

	private PanelHarness<AnalyticsPanel> open(Locale locale) {
		signInAs(locale, Roles.LEARNER);
		progress.enrol("cm-certification");
		return new PanelHarness<>(scenarios, SCENARIO, AnalyticsPanel::new);
	}

	private Div question(String id) {
		return find(Div.class).all()
			.stream()
			.filter(d -> id.equals(d.getElement().getAttribute("data-question")))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void the_dashboard_shows_the_month_in_tiles_charts_and_a_table() {
		PanelHarness<AnalyticsPanel> harness = open(Locale.ENGLISH);
		String text = harness.panel.component().getElement().getTextRecursively();
		assertThat(text).contains("8,412", "10,203", "104,673", "4,356", "Dashboard — Terre de Bocal, April 2026");
		var charts = find(Html.class).all();
		assertThat(charts).hasSize(2);
		String followers = charts.get(0).getInnerHtml();
		// jsoup lower-cases attribute names; the browser's HTML parser restores viewBox
		// in SVG.
		assertThat(followers.toLowerCase(Locale.ROOT)).contains("viewbox=\"0 0 760 260\"");
		assertThat(followers).contains("role=\"img\"", "aria-label=\"Followers per day\"", "data-day=\"18\"");
		assertThat(followers).contains("Saturday 18 April: 9,953 followers");
		assertThat(charts.get(1).getInnerHtml()).contains("Carousel", "Reel", "How much does an empty jar weigh?");
		assertThat(find(com.vaadin.flow.component.grid.Grid.class).single().getColumns()).hasSize(11);
	}

	@Test
	void each_kind_of_answer_is_sent_in_the_engines_format_and_marked_answered() {
		PanelHarness<AnalyticsPanel> harness = open(Locale.FRENCH);
		test(find(TextField.class).from(question("q-post-engagement")).single()).setValue("7,71 %");
		assertThat(harness.view.state().answers().get("q-post-engagement").value()).isEqualTo("7,71 %");
		assertThat(question("q-post-engagement").getElement().getTextRecursively()).contains("Répondu");

		test(find(TextField.class).from(question("q-growth")).single()).setValue("beaucoup");
		assertThat(harness.view.state().answers()).doesNotContainKey("q-growth");
		assertThat(find(TextField.class).from(question("q-growth")).single().isInvalid()).isTrue();

		@SuppressWarnings("unchecked")
		RadioButtonGroup<String> format = find(RadioButtonGroup.class).from(question("q-best-format")).single();
		test(format).selectItem("Carrousel");
		assertThat(harness.view.state().answers().get("q-best-format").value()).isEqualTo("carousel");

		@SuppressWarnings("unchecked")
		Select<String> day = find(Select.class).from(question("q-anomaly")).single();
		test(day).selectItem("samedi 18 avril");
		assertThat(harness.view.state().answers().get("q-anomaly").value()).isEqualTo("day:18");
		assertThat(find(Html.class).all().get(0).getInnerHtml()).contains("dashboard-chart__picked");

		TextArea note = find(TextArea.class).from(question("q-reco")).single();
		test(note).setValue("Trop court.");
		assertThat(question("q-reco").getElement().getTextRecursively()).contains("11 caractère(s)",
				"entre 400 et 1\u202f500 attendus");
		test(find(Button.class).from(question("q-reco")).single()).click();
		var saved = harness.view.state().answers().get("q-reco");
		assertThat(saved.value()).isEqualTo("Trop court.");
		assertThat(saved.language()).isEqualTo("fr");
		assertThat(question("q-reco").getElement().getTextRecursively()).contains("Trop court");
		assertThat(harness.panel.component().getElement().getTextRecursively()).contains("4 réponse(s) sur 9");
	}

	@Test
	void answers_come_back_after_a_reload_and_finishing_scores_them() {
		PanelHarness<AnalyticsPanel> harness = open(Locale.ENGLISH);
		test(find(TextField.class).from(question("q-month-engagement")).single()).setValue("4.16");

		Div owner = new Div();
		UI.getCurrent().add(owner);
		AnalyticsPanel reloaded = new AnalyticsPanel(owner, action -> {
		});
		owner.add(reloaded.component());
		reloaded.show(scenarios.run(harness.runId));
		Div card = find(Div.class).from(reloaded.component())
			.all()
			.stream()
			.filter(d -> "q-month-engagement".equals(d.getElement().getAttribute("data-question")))
			.findFirst()
			.orElseThrow();
		assertThat(find(TextField.class).from(card).single().getValue()).isEqualTo("4.16");
		UI.getCurrent().remove(owner);

		for (Question question : harness.view.scenario().analytics().questions()) {
			if (!harness.view.state().answers().containsKey(question.id())) {
				ActResult result = scenarios.act(harness.runId,
						new Action.Answer(question.id(), answer(question), "en"), scenarios.run(harness.runId).seq());
				assertThat(result).isInstanceOf(ActResult.Applied.class);
			}
		}
		harness.view = scenarios.run(harness.runId);
		harness.panel.show(harness.view);
		// Every question answered: finishing needs no confirmation.
		test(find(Button.class).withText("Hand in the report").single()).click();
		assertThat(harness.view.state().finished()).isTrue();
		assertThat(harness.view.state().score()).isGreaterThanOrEqualTo(3);
		assertThat(harness.panel.component().getElement().getTextRecursively()).contains("Report handed in");
	}

	private static String answer(Question question) {
		return switch (question.type()) {
			case NUMERIC -> "1";
			case CHOICE -> question.options().get(0).id();
			case ANOMALY -> "day:3";
			case TEXT -> "A short note.";
		};
	}

}
