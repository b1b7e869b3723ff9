package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/** The writing brief on the real services and the shipped scenario. */
class WritingPanelTest extends ViewTestBase {

	private static final String SCENARIO = "cm-writing-launch-posts";

	private static final String X_POST = "Nouveau : la gourde Source d’Ondine, fabriquée à Thiers avec @ateliersdurand. "
			+ "39 €, en vente le 12 mai sur ondine.fr. Commandez la vôtre dès maintenant ! #FabriquéEnFrance";

	@Autowired
	ProgressService progress;

	@Autowired
	ScenarioService scenarios;

	private PanelHarness<WritingPanel> open(Locale locale) {
		signInAs(locale, Roles.LEARNER);
		progress.enrol("cm-certification");
		return new PanelHarness<>(scenarios, SCENARIO, WritingPanel::new);
	}

	private Div composer(String target) {
		return find(Div.class).all()
			.stream()
			.filter(d -> d.hasClassName("writing-composer")
					&& target.equals(d.getElement().getAttribute("data-target")))
			.findFirst()
			.orElseThrow();
	}

	private void tab(int index) {
		test(find(Button.class).all().stream().filter(b -> b.hasClassName("writing-desk__tab")).toList().get(index))
			.click();
	}

	private List<Span> spans(Component root, String className) {
		return find(Span.class).from(root).all().stream().filter(s -> s.hasClassName(className)).toList();
	}

	@Test
	void the_brief_its_picture_and_one_tab_per_platform_are_shown() {
		PanelHarness<WritingPanel> harness = open(Locale.ENGLISH);
		String text = harness.panel.component().getElement().getTextRecursively();
		assertThat(text).contains("Write the three posts", "For the alt text: Describe what can be seen");
		assertThat(find(Image.class).from(harness.panel.component()).all().get(0).getSrc())
			.isEqualTo("content-assets/cm-writing-launch-posts/source-bottle.svg");
		assertThat(find(Button.class).all().stream().filter(b -> b.hasClassName("writing-desk__tab")))
			.extracting(Button::getText)
			.containsExactly("LinkedIn", "Instagram", "X");
	}

	@Test
	void the_preview_highlights_hashtags_and_mentions_and_keeps_markup_as_text() {
		open(Locale.FRENCH);
		tab(2);
		Div x = composer("t-x");
		test(find(TextArea.class).from(x).first()).setValue("<b>Salut</b> @ateliersdurand #Gourde sur ondine.fr");
		Div preview = find(Div.class).from(x)
			.all()
			.stream()
			.filter(d -> d.hasClassName("post-preview"))
			.findFirst()
			.orElseThrow();
		assertThat(spans(preview, "post-preview__hashtag")).extracting(Span::getText).containsExactly("#Gourde");
		assertThat(spans(preview, "post-preview__mention")).extracting(Span::getText)
			.containsExactly("@ateliersdurand");
		assertThat(spans(preview, "post-preview__link")).extracting(Span::getText).containsExactly("ondine.fr");
		assertThat(preview.getElement().getTextRecursively()).contains("<b>Salut</b>");
		assertThat(preview.getElement().getChildren().anyMatch(e -> "b".equals(e.getTag()))).isFalse();
		assertThat(find(ListItem.class).from(x).all()).anyMatch(li -> li.hasClassName("check-items__item--fail")
				&& "writing.alt_text".equals(li.getElement().getAttribute("data-check")));
	}

	@Test
	void the_counter_turns_red_over_the_platform_limit() {
		open(Locale.ENGLISH);
		tab(2);
		Div x = composer("t-x");
		test(find(TextArea.class).from(x).first()).setValue("a".repeat(281));
		Span counter = spans(x, "post-preview__counter").get(0);
		assertThat(counter.getText()).isEqualTo("281 / 280 characters");
		assertThat(counter.hasClassName("post-preview__counter--over")).isTrue();
	}

	@Test
	void a_submitted_draft_is_marked_and_can_be_submitted_again() {
		PanelHarness<WritingPanel> harness = open(Locale.FRENCH);
		tab(2);
		Div x = composer("t-x");
		List<TextArea> fields = find(TextArea.class).from(x).all();
		test(fields.get(0)).setValue(X_POST);
		test(fields.get(1)).setValue("Une gourde en inox brossé au bouchon à anse, posée sur une table en bois.");
		test(find(Button.class).from(x).withText("Envoyer la publication X").single()).click();
		var draft = harness.view.state().drafts().get("t-x");
		assertThat(draft.version()).isEqualTo(1);
		assertThat(draft.text()).isEqualTo(X_POST);
		assertThat(draft.language()).isEqualTo("fr");
		assertThat(x.getElement().getTextRecursively()).contains("Version 1 envoyée");

		test(fields.get(0)).setValue(X_POST + " #Gourde");
		assertThat(x.getElement().getTextRecursively()).contains("Modifiée depuis la version 1");
		test(find(Button.class).from(x).withText("Envoyer une nouvelle version X").single()).click();
		assertThat(harness.view.state().drafts().get("t-x").version()).isEqualTo(2);
		assertThat(harness.panel.component().getElement().getTextRecursively())
			.contains("1 publication(s) envoyée(s) sur 3");
	}

	@Test
	void finishing_after_every_target_ends_the_run() {
		PanelHarness<WritingPanel> harness = open(Locale.ENGLISH);
		for (int i = 0; i < 3; i++) {
			tab(i);
			String target = harness.view.scenario().writing().targets().get(i).id();
			Div composer = composer(target);
			test(find(TextArea.class).from(composer).first()).setValue(X_POST);
			test(find(Button.class).from(composer)
				.all()
				.stream()
				.filter(b -> b.hasClassName("writing-composer__submit"))
				.findFirst()
				.orElseThrow()).click();
		}
		assertThat(harness.view.state().drafts()).hasSize(3);
		test(find(Button.class).withText("Finish and send to the trainer").single()).click();
		assertThat(harness.view.state().finished()).isTrue();
		assertThat(harness.panel.component().getElement().getTextRecursively()).contains("Posts sent");
	}

}
