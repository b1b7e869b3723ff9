package fr.cmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.authoring.AuthoringFixture;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.authoring.PublishResult;
import fr.cmacademy.authoring.PublishingService;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authoring pages on the real services: every editor opens on a draft and shows what
 * it should (learner preview, per-question report, graph), learners get the "not
 * available" page on every authoring route, and a script typed in every field is inert on
 * learners' pages once published.
 */
class AuthoringViewsTest extends ViewTestBase {

	private static final String NOT_AVAILABLE = "This page does not exist or is not available to you";

	private static final String XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";

	@Autowired
	AuthoringService authoring;

	@Autowired
	PublishingService publishing;

	@Autowired
	ContentSyncService sync;

	@Autowired
	ProgressService progress;

	@Autowired
	QuizService quizzes;

	@Autowired
	ScenarioService scenarios;

	@Autowired
	JdbcClient jdbc;

	private final AuthoringFixture fixture = new AuthoringFixture();

	private final List<Long> learners = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		fixture.remove(jdbc, learners);
		users.signIn(users.create("cleaner", Locale.FRENCH, Roles.ADMIN));
		assertThat(sync.reload().applied()).isTrue();
		TestUsers.signOut();
	}

	@Test
	void a_trainer_opens_every_editor_on_a_draft() {
		signInAs(Locale.FRENCH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Un paragraphe **important**.");
		String base = "authoring/module/" + fixture.moduleId;

		UI.getCurrent().navigate("authoring");
		assertThat(getCurrentView()).isInstanceOf(AuthoringView.class);
		var grid = test($(com.vaadin.flow.component.grid.Grid.class).single());
		List<String> states = new ArrayList<>();
		for (int row = 0; row < grid.size(); row++) {
			if (grid.getCellText(row, 0).equals("Module auteur")) {
				states.add(grid.getCellText(row, 1) + " " + text(grid.getCellComponent(row, 2).getElement()));
			}
		}
		assertThat(states).containsExactly(fixture.programmeId + " Brouillon jamais publié");

		UI.getCurrent().navigate(base);
		assertThat(getCurrentView()).isInstanceOf(ModuleEditorView.class);
		assertThat(text()).contains("Présentation du module", "Jamais publié");

		UI.getCurrent().navigate(base + "/lesson/01-intro");
		assertThat(getCurrentView()).isInstanceOf(LessonEditorView.class);
		assertThat(html(getCurrentView().getElement())).contains("<strong>important</strong>");

		UI.getCurrent().navigate(base + "/bank/basics");
		assertThat(getCurrentView()).isInstanceOf(BankEditorView.class);
		assertThat(text()).contains("3 questions, aucun problème");

		UI.getCurrent().navigate(base + "/quiz/01-quiz");
		assertThat(getCurrentView()).isInstanceOf(QuizEditorView.class);
		assertThat(text()).contains("Question 1 : Q1", "Question 3 : Q3");

		UI.getCurrent().navigate(base + "/scenario/01-thread");
		assertThat(getCurrentView()).isInstanceOf(ScenarioEditorView.class);
		assertThat(html(getCurrentView().getElement())).contains("graph-node--start", "d-rex", "good", "poor");
		assertThat(text()).contains("Toutes les décisions et toutes les fins sont atteintes");
	}

	@Test
	void learners_get_the_not_available_page_on_every_authoring_route() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte.");
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		String base = "authoring/module/" + fixture.moduleId;
		for (String route : List.of("authoring", base, base + "/lesson/01-intro", base + "/bank/basics",
				base + "/quiz/01-quiz", base + "/scenario/01-thread")) {
			UI.getCurrent().navigate(route);
			assertThat(text()).as(route).contains(NOT_AVAILABLE);
		}
	}

	@Test
	void unknown_modules_and_items_are_not_found_for_trainers() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		UI.getCurrent().navigate("authoring/module/no-such-module");
		assertThat(text()).contains(NOT_AVAILABLE);
		UI.getCurrent().navigate("authoring/module/" + fixture.moduleId + "/lesson/nothing");
		assertThat(text()).contains(NOT_AVAILABLE);
	}

	@Test
	void a_script_typed_in_every_field_is_inert_on_learners_pages() {
		TestUser trainer = signInAs(Locale.FRENCH, Roles.TRAINER);
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte `" + XSS + "` fin.");
		authoring.saveText(fixture.moduleId, "module.yaml", fixture.moduleYaml(XSS.replace("\"", "")));
		authoring.saveText(fixture.moduleId, "lessons/01-intro/lesson.fr.md", """
				---
				id: %s
				title: "%s"
				---
				Texte %s fin.
				""".formatted(fixture.lessonId, XSS, XSS));
		assertThat(publishing.publish(fixture.moduleId, "").problems()).as("raw HTML in Markdown is refused")
			.extracting(p -> p.message())
			.contains("raw HTML is not allowed in lessons: use Markdown");
		authoring.saveText(fixture.moduleId, "lessons/01-intro/lesson.fr.md", """
				---
				id: %s
				title: "%s"
				---
				Texte `%s` fin.
				""".formatted(fixture.lessonId, XSS, XSS));
		authoring.saveText(fixture.moduleId, "banks/basics.fr.gift",
				fixture.bank("fr").replace("Le ciel est bleu.", "Le ciel " + XSS.replace("=", "\\=") + " est bleu."));
		authoring.saveText(fixture.moduleId, "quizzes/01-quiz/quiz.yaml",
				fixture.quiz()
					.replace("title: { fr: Quiz auteur, en: Authoring quiz }", "title: { fr: \"" + XSS + "\", en: \""
							+ XSS + "\" }\nintro: { fr: \"" + XSS + "\", en: \"" + XSS + "\" }"));
		authoring.saveText(fixture.moduleId, "scenarios/01-thread/scenario.yaml",
				fixture.scenario()
					.replace("{ fr: Fil de test, en: Test thread }", "{ fr: \"" + XSS + "\", en: x }")
					.replace("{ fr: Nul, en: Rubbish }", "{ fr: \"" + XSS + "\", en: x }"));
		PublishResult result = publishing.publish(fixture.moduleId, "");
		assertThat(result.problems()).isEmpty();

		TestUser learner = signInAs(Locale.FRENCH, Roles.LEARNER);
		learners.add(learner.id());
		progress.enrol(fixture.programmeId);
		List<String> pages = List.of("catalog", "learning", "modules/" + fixture.moduleId,
				"lessons/" + fixture.lessonId, "quizzes/" + fixture.quizId, "scenarios/" + fixture.scenarioId,
				"attempts/" + quizzes.start(fixture.quizId), "runs/" + scenarios.start(fixture.scenarioId));
		for (String page : pages) {
			UI.getCurrent().navigate(page);
			assertThat(text()).as(page).doesNotContain(NOT_AVAILABLE).doesNotContain("Introuvable");
			assertInert(UI.getCurrent().getElement(), page);
		}
		assertThat(trainer.id()).isNotEqualTo(learner.id());
	}

	private static void assertInert(Element element, String page) {
		assertThat(element.getTag()).as(page).isNotEqualToIgnoringCase("script");
		assertThat(element.getAttributeNames()).as(page).noneMatch(a -> a.toLowerCase(Locale.ROOT).startsWith("on"));
		String inner = element.getProperty("innerHTML", "");
		assertThat(inner.toLowerCase(Locale.ROOT)).as(page + " innerHTML").doesNotContain("<script", "onerror");
		element.getChildren().forEach(child -> assertInert(child, page));
	}

	private static String html(Element element) {
		StringBuilder out = new StringBuilder(element.getProperty("innerHTML", ""));
		element.getChildren().forEach(c -> out.append(html(c)));
		return out.toString();
	}

	private static String text(Element element) {
		return element.getTextRecursively();
	}

	private String text() {
		return getCurrentView().getElement().getTextRecursively();
	}

}
