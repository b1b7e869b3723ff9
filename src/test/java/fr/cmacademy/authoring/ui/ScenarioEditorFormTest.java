package fr.cmacademy.authoring.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.authoring.AuthoringFixture;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.ScenarioReader;
import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario editor's forms on the real services: a persona and a decision point edited
 * in the form and saved are in the stored draft (ids unchanged); a problem is shown on
 * the field it concerns; "play as learner" runs a moderation queue on the learner's desk
 * and shows the state.
 */
class ScenarioEditorFormTest extends ViewTestBase {

	private static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	private static final String PATH = "scenarios/01-thread/scenario.yaml";

	@Autowired
	AuthoringService authoring;

	@Autowired
	ContentSyncService sync;

	@Autowired
	JdbcClient jdbc;

	private final AuthoringFixture fixture = new AuthoringFixture();

	@AfterEach
	void cleanUp() {
		fixture.remove(jdbc, List.of());
		users.signIn(users.create("cleaner", Locale.FRENCH, Roles.ADMIN));
		assertThat(sync.reload().applied()).isTrue();
		TestUsers.signOut();
	}

	private ScenarioEditorView open() {
		UI.getCurrent().navigate("authoring/module/" + fixture.moduleId + "/scenario/01-thread");
		assertThat(getCurrentView()).isInstanceOf(ScenarioEditorView.class);
		return (ScenarioEditorView) getCurrentView();
	}

	@SuppressWarnings("unchecked")
	private <T> T field(ScenarioEditorView view, String path, Class<T> type) {
		HasValidation field = view.form().field(path);
		assertThat(field).as(path).isInstanceOf(type);
		return (T) field;
	}

	@Test
	void a_persona_and_a_node_edited_in_the_form_are_saved_with_their_ids() {
		signInAs(Locale.FRENCH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte.");
		ScenarioEditorView view = open();
		assertThat(text()).contains("Formulaire", "YAML (avancé)");
		view.form().openAll();
		assertThat(view.form().getElement().getTextRecursively()).contains("Persona rex", "Point de décision d-rex");

		test(field(view, "personas[0].name", TextField.class)).setValue("Rex <b>le troll</b>");
		test(field(view, "personas[0].temperament", Select.class)).selectItem("hostile");
		test(field(view, "decisions[0].prompt", TextArea.class)).setValue("Rex provoque encore : que faites-vous ?");
		test(field(view, "decisions[0].options[0].effects", TextField.class))
			.setValue("{ metrics: { mood: 4 }, score: 7 }");
		test(field(view, "decisions[0].when", TextField.class)).setValue("{ all: [{ metric: mood, above: 10 }]");
		assertThat(view.form().field("decisions[0].when").isInvalid()).as("unreadable condition").isTrue();
		test(field(view, "decisions[0].when", TextField.class))
			.setValue("{ any: [{ metric: mood, above: 10 }, { score_above: 2 }] }");
		assertThat(view.form().field("decisions[0].when").isInvalid()).isFalse();
		assertThat(view.yaml().getValue()).contains("name: \"Rex <b>le troll</b>\"", "temperament: hostile");
		test(view.save).click();

		Scenario saved = ScenarioReader.read(authoring.text(fixture.moduleId, PATH).orElseThrow(), Set.of()).scenario();
		assertThat(saved).as("the saved draft reads").isNotNull();
		assertThat(saved.personas().get(0).id()).isEqualTo("rex");
		assertThat(saved.personas().get(0).name()).isEqualTo("Rex <b>le troll</b>");
		assertThat(saved.personas().get(0).temperament().name()).isEqualTo("HOSTILE");
		var decision = saved.conversation().decisions().get(0);
		assertThat(decision.id()).isEqualTo("d-rex");
		assertThat(decision.prompt().fr()).isEqualTo("Rex provoque encore : que faites-vous ?");
		assertThat(decision.prompt().en()).isEqualTo("Rex provokes");
		assertThat(decision.options().get(0).effects().score()).isEqualTo(7);
		assertThat(decision.options().get(0).effects().metrics()).containsEntry("mood", 4);
		assertThat(decision.when()).isNotNull();
		assertThat(view.form().field("personas[0].name").isInvalid()).isFalse();
	}

	@Test
	void a_problem_is_shown_on_its_field_and_a_new_persona_gets_a_fresh_id() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Text.");
		ScenarioEditorView view = open();
		view.form().openAll();
		test(field(view, "metrics[0].start", IntegerField.class)).setValue(500);
		HasValidation start = view.form().field("metrics[0].start");
		assertThat(start.isInvalid()).isTrue();
		assertThat(start.getErrorMessage()).contains("500");
		assertThat(text()).contains("1 of them are shown next to their field in the form.");
		test(field(view, "metrics[0].start", IntegerField.class)).setValue(40);
		assertThat(view.form().field("metrics[0].start").isInvalid()).isFalse();

		test(buttons(view).stream().filter(b -> b.getText().equals("Add a persona")).findFirst().orElseThrow()).click();
		test(field(view, "personas[1].id", TextField.class)).setValue("nora");
		test(field(view, "personas[1].name", TextField.class)).setValue("Nora");
		assertThat(view.yaml().getValue()).contains("id: nora", "name: \"Nora\"");
		assertThat(ScenarioReader.read(view.yaml().getValue(), Set.of()).problems()).isEmpty();
	}

	@Test
	void play_as_learner_runs_a_moderation_queue_and_shows_the_state() throws Exception {
		signInAs(Locale.FRENCH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte.");
		Path shipped;
		try (Stream<Path> files = Files.walk(Path.of("content"))) {
			shipped = files.filter(p -> p.toString().endsWith("01-charter-queue/scenario.yaml"))
				.findFirst()
				.orElseThrow();
		}
		String text = Files.readString(shipped, StandardCharsets.UTF_8)
			.replaceFirst("(?m)^id: .*$", "id: " + fixture.scenarioId);
		authoring.saveText(fixture.moduleId, PATH, text);
		ScenarioEditorView view = open();
		view.form().openAll();
		assertThat(view.form().getElement().getTextRecursively()).contains("Élément q01");
		test(view.playButton()).click();
		assertThat(view.play().debugText()).contains("clock: 0 min", "score: 0", "moderated: {}");
		Button ban = buttons(view.play()).stream()
			.filter(b -> "ban".equals(b.getElement().getAttribute("data-action")))
			.findFirst()
			.orElseThrow();
		test(ban).click();
		assertThat(view.play().debugText()).contains("moderated: {q01=", "BAN").doesNotContain("moderated: {}");
		assertThat(view.play().debugText()).containsPattern("score: [1-9]");
	}

	@Test
	void play_as_learner_opens_the_learner_desk_for_analytics_and_writing() throws Exception {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Text.");
		for (String folder : List.of("01-monthly-dashboard", "01-launch-posts")) {
			Path shipped;
			try (Stream<Path> files = Files.walk(Path.of("content"))) {
				shipped = files.filter(p -> p.toString().endsWith(folder + "/scenario.yaml")).findFirst().orElseThrow();
			}
			String text = Files.readString(shipped, StandardCharsets.UTF_8)
				.replaceFirst("(?m)^id: .*$", "id: " + fixture.scenarioId)
				.replace("file: source-bottle.svg", "file: source-bottle.png");
			authoring.saveAsset(fixture.moduleId, "scenarios/01-thread", "source-bottle.png", PNG);
			authoring.saveText(fixture.moduleId, PATH, text);
			ScenarioEditorView view = open();
			assertThat(text()).as(folder).contains("No problem.");
			test(view.playButton()).click();
			assertThat(view.play().debugText()).as(folder)
				.contains("clock: 0 min", folder.contains("dashboard") ? "answers: {}" : "drafts: {}");
			assertThat(buttons(view.play())).as(folder).isNotEmpty();
		}
	}

	private String text() {
		return getCurrentView().getElement().getTextRecursively();
	}

	private static List<Button> buttons(Component root) {
		List<Button> found = new ArrayList<>();
		collect(root, found);
		return found;
	}

	private static void collect(Component component, List<Button> found) {
		if (component instanceof Button b) {
			found.add(b);
		}
		component.getChildren().forEach(child -> collect(child, found));
	}

}
