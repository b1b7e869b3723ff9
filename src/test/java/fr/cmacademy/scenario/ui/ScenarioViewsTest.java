package fr.cmacademy.scenario.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.learning.ui.ModuleView;
import fr.cmacademy.scenario.RunView;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.Action;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario screens on the real services and the shipped conversation: the scenario
 * page, starting, letting time pass, answering a decision, and the debrief of a finished
 * run.
 */
class ScenarioViewsTest extends ViewTestBase {

	private static final String SCENARIO = "crisis-lumen-delivery";

	@Autowired
	ProgressService progress;

	@Autowired
	ScenarioService scenarios;

	@Test
	void the_scenario_page_shows_the_brief_and_starting_opens_the_player() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		progress.enrol("cm-certification");
		UI.getCurrent().navigate("scenarios/" + SCENARIO);
		ScenarioView view = (ScenarioView) getCurrentView();
		assertThat(view.getPageTitle()).isEqualTo("Delivery delays at Maison Lumen");
		assertThat(view.getElement().getTextRecursively()).contains("@maisonlumen", "Community charter",
				"What to hand over", "Léa Martin", "Unhappy customer", "Escalation risk", "lower is better");
		test(find(Button.class).withText("Start the simulation").single()).click();
		assertThat(getCurrentView()).isInstanceOf(PlayerView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Simulated time", "0:00",
				"Maison Lumen", "The thread is quiet");
	}

	@Test
	void waiting_then_choosing_publishes_the_brand_reply_and_moves_the_gauges() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		progress.enrol("cm-certification");
		long runId = scenarios.start(SCENARIO);
		UI.getCurrent().navigate("runs/" + runId);
		String apologise = "Apologise, explain, offer the next step in private";
		for (int i = 0; i < 5 && find(Button.class).withText(apologise).all().isEmpty(); i++) {
			test(find(Button.class).withText("Let time pass").single()).click();
		}
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Your move", "Léa Martin", "@leamartin",
				"Order 48213");
		RunView before = scenarios.run(runId);
		assertThat(before.state().clock()).isGreaterThanOrEqualTo(3);

		test(find(Button.class).withText(apologise).single()).click();

		RunView after = scenarios.run(runId);
		assertThat(after.seq()).isEqualTo(before.seq() + 1);
		assertThat(after.state().metric("sentiment")).isGreaterThan(before.state().metric("sentiment"));
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("Your reply", "you're right to be angry", "▲ +");
		assertThat(page).doesNotContain(apologise);
	}

	@Test
	void a_free_text_reply_is_checked_as_it_is_typed() {
		signInAs(Locale.FRENCH, Roles.LEARNER);
		progress.enrol("cm-certification");
		long runId = scenarios.start(SCENARIO);
		UI.getCurrent().navigate("runs/" + runId);
		String ownWords = "Répondre avec vos propres mots";
		for (int i = 0; i < 5 && find(Button.class).withText(ownWords).all().isEmpty(); i++) {
			test(find(Button.class).withText("Laisser passer le temps").single()).click();
		}
		test(find(Button.class).withText(ownWords).single()).click();
		var area = find(com.vaadin.flow.component.textfield.TextArea.class).single();
		test(area).setValue("VOUS AVEZ TORT !!");
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("Trop court", "Majuscules (cri)", "Ponctuation excessive", "vérification(s)");
		test(find(Button.class).withText("Publier la réponse").single()).click();
		assertThat(scenarios.run(runId).state().choices()).containsKey("d1-lea");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Votre texte", "VOUS AVEZ TORT !!");
	}

	@Test
	void a_finished_run_opens_on_its_debrief() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		progress.enrol("cm-certification");
		long runId = scenarios.start(SCENARIO);
		scenarios.act(runId, new Action.Wait(0), 0);
		scenarios.act(runId, new Action.Finish(), 1);
		UI.getCurrent().navigate("runs/" + runId);
		assertThat(getCurrentView()).isInstanceOf(DebriefView.class);
		DebriefView view = (DebriefView) getCurrentView();
		assertThat(view.getPageTitle()).isEqualTo("Debrief — Delivery delays at Maison Lumen");
		assertThat(view.getElement().getTextRecursively()).contains("Not passed", "The gauges over time",
				"Your decisions, one by one", "No answer before the deadline", "The better path:",
				"How the run unfolded", "Play again");
	}

	@Test
	void a_learner_not_enrolled_is_sent_to_the_module_page() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("scenarios/" + SCENARIO);
		assertThat(getCurrentView()).isInstanceOf(ModuleView.class);
	}

}
