package fr.cmacademy.journey;

import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A learner goes through module 1, "Écrire pour les communautés", from its first lesson
 * to its quiz, in the order the module lists its items: five lessons, the writing brief,
 * the comments to answer, the written assignment, and the graded quiz.
 */
class Module1JourneyIT extends Journey {

	private static final String[] POSTS = {
			"Fabriquée à Thiers avec les Ateliers Durand (@ateliersdurand), la Source arrive le 12 mai : une gourde "
					+ "isotherme de 750 ml, 24 heures au froid, 12 heures au chaud, réparable pièce par pièce. "
					+ "Garantie 5 ans, 39 €. Découvrez-la sur ondine.fr. #FabriquéEnFrance #Réparable",
			"Elle arrive mardi 12 mai : la Source, notre gourde isotherme de 750 ml fabriquée à Thiers avec "
					+ "@ateliersdurand. Bouchon et joint remplaçables, garantie 5 ans, 39 €. Découvre-la via le lien "
					+ "en bio ! #Ondine #GourdeIsotherme #FabriquéEnFrance",
			"La Source, gourde isotherme 750 ml fabriquée à Thiers avec @ateliersdurand : 39 €, garantie 5 ans, en "
					+ "vente le 12 mai. Commandez-la sur ondine.fr ! #FabriquéEnFrance" };

	@Autowired
	JdbcClient jdbc;

	@Test
	void learner_goes_through_module_1_from_the_first_lesson_to_the_quiz() {
		TestUser learner = users.create("module1", Locale.FRENCH, Roles.LEARNER);
		DeskSteps.enrol(jdbc, learner);
		Page page = browser.newPage("fr-FR");
		signIn(page, learner, "module1");
		page.navigate(url("/modules/cm-writing"));
		assertThat(title(page)).hasText("Écrire pour les communautés");
		assertThat(page.locator(".item-row")).hasCount(9);
		step(page, "module1-02-module-page");

		page.locator(".item-row a").first().click();
		for (int lesson = 0; lesson < 5; lesson++) {
			assertThat(page.locator(".lesson-body h2").first()).isVisible();
			if (lesson == 0) {
				step(page, "module1-03-first-lesson");
			}
			DeskSteps.button(page, "Marquer comme terminé").click();
			DeskSteps.idle(page);
		}

		// After the lessons, the module leads to its writing brief.
		assertThat(title(page)).hasText("Lancer la gourde Source sur trois réseaux");
		DeskSteps.button(page, "Commencer la simulation").click();
		page.waitForURL(u -> u.matches(".*/runs/\\d+$"));
		DeskSteps.idle(page);
		String[] targets = { "t-linkedin", "t-instagram", "t-x" };
		for (int i = 0; i < targets.length; i++) {
			page.locator("vaadin-button.writing-desk__tab[data-target='" + targets[i] + "']").click();
			Locator composer = page.locator(".writing-composer[data-target='" + targets[i] + "']");
			composer.locator("vaadin-text-area.writing-composer__text textarea").fill(POSTS[i]);
			composer.locator("vaadin-text-area.writing-composer__alt textarea")
				.fill("Une gourde en inox brossé posée sur une table en bois, près d’une fenêtre.");
			composer.locator(".writing-composer__submit").click();
			DeskSteps.idle(page);
		}
		step(page, "module1-04-writing-brief");
		page.locator(".writing-desk__finish").click();
		DeskSteps.debrief(page, "Débrief — Lancer la gourde Source sur trois réseaux");
		step(page, "module1-05-writing-debrief");

		page.navigate(url("/modules/cm-writing"));
		page.locator(".item-row a").nth(6).click();
		DeskSteps.button(page, "Commencer la simulation").click();
		page.waitForURL(u -> u.matches(".*/runs/\\d+$"));
		DeskSteps.idle(page);
		for (int turn = 0; turn < 60; turn++) {
			// Wait for the server's answer to the last action: a decision, a way to let
			// time pass, or the debrief.
			page.waitForTimeout(200);
			page.waitForFunction("() => location.pathname.endsWith('/debrief')"
					+ " || document.querySelector('.decision-card--active .decision-option__button')"
					+ " || [...document.querySelectorAll('vaadin-button')]"
					+ ".some(b => b.textContent.includes('Laisser passer le temps'))");
			if (page.url().contains("/debrief")) {
				break;
			}
			// Choices first: writing a reply in one's own words is covered by the
			// conversation journey, and done here only when it is the sole way on.
			Locator options = page.locator(
					".decision-card--active .decision-option:not(.decision-option--free) .decision-option__button");
			Locator own = page.locator(".decision-card--active .decision-option--free .decision-option__button");
			if (options.count() > 0) {
				options.first().click();
			}
			else if (own.count() > 0) {
				own.first().click();
				page.locator(".reply-editor vaadin-text-area textarea")
					.fill("Bonjour, merci pour votre message et désolée pour ce désagrément. Nous vérifions avec notre "
							+ "équipe et revenons vers vous aujourd’hui en message privé. Bonne journée !");
				DeskSteps.button(page, "Publier la réponse").click();
			}
			else {
				DeskSteps.button(page, "Laisser passer le temps").click();
			}
			DeskSteps.idle(page);
			if (turn == 4) {
				step(page, "module1-06-comments-mid-run");
			}
		}
		if (!page.url().contains("/debrief")) {
			Browser.screenshot(page, "module1-06b-comments-stuck");
		}
		page.waitForURL("**/debrief");
		assertThat(page.locator(".debrief-result__percent")).isVisible();
		step(page, "module1-07-comments-debrief");

		page.navigate(url("/modules/cm-writing"));
		page.locator(".item-row a").nth(7).click();
		assertThat(page.locator(".rubric")).isVisible();
		page.locator(".assignment-answer vaadin-text-area textarea").fill(calendar());
		assertThat(page.locator(".save-status")).containsText("Enregistré à");
		step(page, "module1-08-assignment");
		DeskSteps.button(page, "Envoyer pour correction").click();
		page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Envoyer pour correction"))
			.first()
			.click();
		assertThat(page.getByText("En attente de la note d’un formateur")).isVisible();
		step(page, "module1-09-assignment-submitted");

		page.navigate(url("/modules/cm-writing"));
		page.locator(".item-row a").nth(8).click();
		DeskSteps.button(page, "Commencer le quiz").click();
		page.locator(".question-card").waitFor();
		int total = page.locator(".question-nav__item").count();
		// Every question type is answered in the quiz restart journey; here the learner
		// answers the first question, then uses the summary to submit.
		QuizRestartJourneyIT.answerAndWaitUntilSaved(page);
		page.waitForTimeout(300);
		DeskSteps.button(page, "Terminer la tentative").first().click();
		assertThat(page.getByText("1 question répondue sur " + total)).isVisible();
		step(page, "module1-10-quiz-summary");
		DeskSteps.button(page, "Tout envoyer et terminer").click();
		page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Envoyer"))
			.first()
			.click();
		page.waitForURL("**/review");
		assertThat(page.locator(".question-card--review")).hasCount(total);
		step(page, "module1-11-quiz-review");

		page.navigate(url("/modules/cm-writing"));
		// Lessons are done; the brief and the assignment wait for a trainer, the quiz
		// counts once passed.
		page.locator(".status-badge--done").first().waitFor();
		org.assertj.core.api.Assertions.assertThat(page.locator(".status-badge--done").count())
			.isGreaterThanOrEqualTo(5);
		step(page, "module1-12-module-after");
	}

	/** A week's editorial calendar, long enough for the assignment's bounds. */
	private static String calendar() {
		String[] days = { "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche" };
		StringBuilder text = new StringBuilder(
				"Calendrier éditorial de la Brûlerie Cassin, semaine du 28 septembre.\n\n");
		for (String day : days) {
			text.append(day)
				.append(" : sur Instagram, un carrousel sur l’origine d’un café du mois, avec le portrait du producteur, ")
				.append("un texte court qui raconte la récolte, trois hashtags choisis, un texte alternatif pour chaque ")
				.append("image et un appel à l’action vers la boutique. Sur LinkedIn, un post sur le métier de ")
				.append("torréfacteur, la sécurité de l’atelier et les emplois créés dans le quartier, publié à 8 h 30. ")
				.append("Objectif : engagement et notoriété locale ; indicateur suivi : taux d’engagement par portée. ")
				.append("Validation la veille par la responsable marketing ; réponses aux commentaires dans les deux ")
				.append("heures, modération selon la charte publiée en tête de page.\n\n");
		}
		return text.toString();
	}

}
