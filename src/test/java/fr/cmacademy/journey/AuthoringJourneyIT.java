package fr.cmacademy.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.authoring.AuthoringFixture;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Authoring end to end in French: a trainer creates a module in the browser with a
 * lesson, a three-question bank and quiz and a three-node conversation, previews each,
 * plays the scenario as a learner, and publishes; a learner reads the lesson and takes
 * the quiz; the trainer edits the lesson and publishes again while the learner is on it,
 * and the learner keeps reading the version they started. Every page is checked with
 * axe-core and screenshotted.
 */
class AuthoringJourneyIT extends Journey {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContentSyncService sync;

	private final AuthoringFixture fixture = new AuthoringFixture();

	private final List<Long> learners = new ArrayList<>();

	@org.junit.jupiter.api.BeforeEach
	void patientUnderLoad() {
		// Publishing validates and loads the whole curriculum: slower than a click on a
		// busy CI machine.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
	}

	@AfterEach
	void cleanUp() {
		fixture.remove(jdbc, learners);
		users.signIn(users.create("cleaner", Locale.FRENCH, Roles.ADMIN));
		sync.reload();
		TestUsers.signOut();
	}

	@Test
	void a_trainer_writes_and_publishes_a_module_and_a_learner_keeps_the_version_they_started() {
		TestUser trainer = users.create("autrice", Locale.FRENCH, Roles.TRAINER);
		Page page = browser.newPage("fr-FR");
		signIn(page, trainer, "authoring-trainer");
		page.navigate(url("/authoring"));
		assertThat(title(page)).hasText("Édition de contenus");
		step(page, "authoring-01-list");

		button(page, "Nouveau module").click();
		Locator programme = label(page, "Parcours");
		programme.fill(fixture.programmeId);
		programme.press("Enter");
		label(page, "Titre du nouveau parcours — français").fill("Parcours de l’autrice");
		label(page, "Titre du nouveau parcours — anglais").fill("Author’s programme");
		label(page, "Résumé du nouveau parcours — français").fill("Un parcours écrit en ligne.");
		label(page, "Résumé du nouveau parcours — anglais").fill("A programme written online.");
		label(page, "Identifiant du module").fill(fixture.moduleId);
		label(page, "Titre — français").fill("Module auteur");
		label(page, "Titre — anglais").fill("Authoring module");
		label(page, "Résumé — français").fill("Écrit en ligne.");
		step(page, "authoring-02-new-module-missing-translation");
		label(page, "Résumé — anglais").fill("Written online.");
		button(page, "Créer le module").click();
		page.waitForURL("**/authoring/module/" + fixture.moduleId);

		button(page, "Ajouter un objectif").click();
		label(page, "Objectif — français").fill("Répondre à un troll.");
		label(page, "Objectif — anglais").fill("Answer a troll.");
		button(page, "Enregistrer le brouillon").click();
		assertThat(page.getByText("Brouillon enregistré.").first()).isVisible();
		addItem(page, null, "01-intro", fixture.lessonId, "Introduction");
		addBank(page);
		addItem(page, "Quiz", "01-quiz", fixture.quizId, "Quiz auteur");
		addItem(page, "Simulation", "01-thread", fixture.scenarioId, "Fil de test");
		step(page, "authoring-03-module-editor");

		String base = url("/authoring/module/" + fixture.moduleId);
		page.navigate(base + "/lesson/01-intro");
		label(page, "Texte français").fill("Version une : **répondre** sans nourrir le troll.");
		label(page, "Texte anglais").fill("Version one: **answer** without feeding the troll.");
		assertThat(page.locator(".markdown-editor__preview strong").first()).hasText("répondre");
		button(page, "Enregistrer le brouillon").click();
		assertThat(page.getByText("Brouillon enregistré.").first()).isVisible();
		step(page, "authoring-04-lesson-preview");

		page.navigate(base + "/bank/basics");
		label(page, "GIFT français").fill(fixture.bank("fr"));
		label(page, "GIFT anglais").fill(fixture.bank("en"));
		assertThat(page.getByText("3 questions, aucun problème.")).isVisible();
		button(page, "Enregistrer le brouillon").click();
		assertThat(page.getByText("Brouillon enregistré.").first()).isVisible();
		step(page, "authoring-05-bank");

		page.navigate(base + "/quiz/01-quiz");
		for (int i = 0; i < 3; i++) {
			button(page, "Ajouter une question").click();
			Locator question = page.getByLabel("Question de la banque", new Page.GetByLabelOptions().setExact(true))
				.nth(i);
			question.fill(fixture.moduleId + "-q" + (i + 1));
			question.press("Enter");
		}
		label(page, "Note pour réussir").fill("50");
		button(page, "Enregistrer le brouillon").click();
		assertThat(page.getByText("Brouillon enregistré.").first()).isVisible();
		assertThat(page.getByText("Question 3 : Q3")).isVisible();
		step(page, "authoring-06-quiz");

		page.navigate(base + "/scenario/01-thread");
		button(page, "YAML (avancé)").click();
		label(page, "scenario.yaml").fill(fixture.scenario());
		assertThat(page.locator(".authoring-problems").getByText("Aucun problème.")).isVisible();
		button(page, "Formulaire").click();
		page.getByText("Personas", new Page.GetByTextOptions().setExact(true)).click();
		label(page, "Nom").fill("Rex");
		assertThat(page.getByText("Persona rex")).isVisible();
		step(page, "authoring-07a-scenario-form");
		assertThat(page.locator("svg.scenario-graph")).isVisible();
		assertThat(page.getByText("Toutes les décisions et toutes les fins sont atteintes")).isVisible();
		button(page, "Enregistrer le brouillon").click();
		assertThat(page.getByText("Brouillon enregistré.").first()).isVisible();
		button(page, "Jouer le brouillon").click();
		button(page, "Attendre").click();
		button(page, "hide").click();
		assertThat(page.locator(".scenario-play__debug")).containsText("score: 5");
		step(page, "authoring-07-scenario-graph-and-play");

		page.navigate(base);
		button(page, "Publier").click();
		assertThat(page.getByText("Version 1 publiée.")).isVisible();
		step(page, "authoring-08-published");

		TestUser learner = users.create("lectrice", Locale.FRENCH, Roles.LEARNER);
		learners.add(learner.id());
		jdbc.sql("INSERT INTO enrolment (user_id, programme_id, enrolled_at) VALUES (:u, :p, NOW(6))")
			.param("u", learner.id())
			.param("p", fixture.programmeId)
			.update();
		Page learnerPage = browser.newPage("fr-FR");
		signIn(learnerPage, learner, "authoring-learner");
		learnerPage.navigate(url("/lessons/" + fixture.lessonId));
		assertThat(learnerPage.getByText("Version une").first()).isVisible();
		step(learnerPage, "authoring-09-learner-lesson-v1");
		learnerPage.navigate(url("/quizzes/" + fixture.quizId));
		DeskSteps.button(learnerPage, "Commencer le quiz").click();
		learnerPage.locator(".question-card").waitFor();
		QuizRestartJourneyIT.answerAndWaitUntilSaved(learnerPage);
		step(learnerPage, "authoring-10-learner-quiz");
		learnerPage.waitForTimeout(300);
		DeskSteps.button(learnerPage, "Terminer la tentative").first().click();
		assertThat(learnerPage.getByText("1 question répondue sur 3")).isVisible();
		DeskSteps.button(learnerPage, "Tout envoyer et terminer").click();
		learnerPage.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Envoyer"))
			.first()
			.click();
		learnerPage.waitForURL("**/review");
		assertThat(learnerPage.locator(".question-card--review")).hasCount(3);
		step(learnerPage, "authoring-10b-learner-quiz-review");

		page.navigate(base + "/lesson/01-intro");
		label(page, "Texte français").fill("Version deux : répondre, puis masquer.");
		button(page, "Enregistrer le brouillon").click();
		assertThat(page.getByText("Brouillon enregistré.").first()).isVisible();
		page.navigate(base);
		button(page, "Publier").click();
		assertThat(page.getByText("Version 2 publiée.")).isVisible();
		assertThat(page.getByText("lessons/01-intro modifié")).isVisible();
		step(page, "authoring-11-republished-history");

		learnerPage.navigate(url("/lessons/" + fixture.lessonId));
		assertThat(learnerPage.getByText("Version une").first()).isVisible();
		assertThat(learnerPage.getByText("Version deux")).hasCount(0);
		step(learnerPage, "authoring-12-learner-keeps-v1");
	}

	private void addItem(Page page, String kind, String folder, String id, String title) {
		if (kind != null) {
			page.locator("vaadin-select:not(.language-select)").first().click();
			page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(kind)).click();
		}
		label(page, "Dossier").fill(folder);
		label(page, "Identifiant").fill(id);
		label(page, "Titre de l’étape — français").fill(title);
		label(page, "Titre de l’étape — anglais").fill(title);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter").setExact(true)).click();
		assertThat(page.getByText("Étape " + folder + " ajoutée au brouillon.")).isVisible();
	}

	private void addBank(Page page) {
		label(page, "Nom de la banque").fill("basics");
		button(page, "Ajouter une banque").click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("basics"))).isVisible();
	}

	private static Locator label(Page page, String text) {
		return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true)).first();
	}

	private static Locator button(Page page, String text) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text)).first();
	}

}
