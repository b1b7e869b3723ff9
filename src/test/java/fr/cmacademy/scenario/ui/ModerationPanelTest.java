package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.scenario.ActResult;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.model.ActionType;

import static org.assertj.core.api.Assertions.assertThat;

/** The moderation queue on the real services and the shipped scenario. */
class ModerationPanelTest extends ViewTestBase {

	private static final String SCENARIO = "cm-moderation-charter-queue";

	@Autowired
	ProgressService progress;

	@Autowired
	ScenarioService scenarios;

	private PanelHarness<ModerationPanel> open(Locale locale) {
		signInAs(locale, Roles.LEARNER);
		progress.enrol("cm-certification");
		return new PanelHarness<>(scenarios, SCENARIO, ModerationPanel::new);
	}

	private List<Div> cards() {
		return find(Div.class).all().stream().filter(d -> d.hasClassName("moderation-card")).toList();
	}

	private Button button(String item, String action) {
		return find(Button.class).all()
			.stream()
			.filter(b -> action.equals(b.getElement().getAttribute("data-action")))
			.filter(b -> b.getParent()
				.flatMap(p -> p.getParent())
				.map(card -> item.equals(card.getElement().getAttribute("data-item")))
				.orElse(false))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void every_reported_item_is_a_card_with_its_author_context_and_the_offered_actions() {
		open(Locale.ENGLISH);
		List<Div> cards = cards();
		assertThat(cards).hasSize(24);
		String first = cards.get(0).getElement().getTextRecursively();
		assertThat(first).contains("Alpes Invest Gains", "Comment", "Account created three days ago",
				"In reply to: Under the launch post of the Cime 2 tent.", "I turned €250 into €4,800", "No. 1 of 24");
		assertThat(find(Button.class).all().stream().filter(b -> b.hasClassName("moderation-action"))).hasSize(24 * 6);
		assertThat(button("q01", "ban").getElement().getAttribute("aria-label"))
			.isEqualTo("Ban — message from Alpes Invest Gains (no. 1)");
		assertThat(com.vaadin.flow.component.UI.getCurrent().getElement().getTextRecursively())
			.contains("Community charter", "Rule 1, respect for people");
	}

	@Test
	void a_decision_is_logged_shown_on_the_card_and_counted() {
		PanelHarness<ModerationPanel> harness = open(Locale.FRENCH);
		test(button("q01", "ban")).click();
		assertThat(harness.last).isInstanceOf(ActResult.Applied.class);
		assertThat(harness.view.state().moderation().get("q01").action()).isEqualTo(ActionType.BAN);
		Div card = cards().get(0);
		assertThat(card.hasClassName("moderation-card--decided")).isTrue();
		assertThat(card.getElement().getTextRecursively()).contains("Décision\u00a0: auteur banni");
		assertThat(find(Button.class).all()
			.stream()
			.filter(b -> "q01".equals(b.getParent()
				.flatMap(p -> p.getParent())
				.map(c -> c.getElement().getAttribute("data-item"))
				.orElse(null))))
			.isEmpty();
		assertThat(harness.panel.component().getElement().getTextRecursively()).contains("1 traité(s) sur 24");
	}

	@Test
	void deciding_the_whole_queue_ends_the_run() {
		PanelHarness<ModerationPanel> harness = open(Locale.ENGLISH);
		for (var item : harness.view.scenario().moderation().queue()) {
			test(button(item.id(), item.best().name().toLowerCase(Locale.ROOT))).click();
		}
		assertThat(harness.view.state().finished()).isTrue();
		assertThat(harness.view.state().moderation()).hasSize(24);
		assertThat(harness.panel.component().getElement().getTextRecursively()).contains("24 of 24 handled",
				"Session ended");
	}

	@Test
	void hiding_handled_items_leaves_only_the_open_ones() {
		open(Locale.ENGLISH);
		test(button("q02", "keep")).click();
		find(com.vaadin.flow.component.checkbox.Checkbox.class).single().setValue(true);
		assertThat(cards().stream().filter(Div::isVisible)).hasSize(23);
	}

}
