package fr.cmacademy.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A learner enrols in the certification programme, reads module 0's lessons in French
 * (then meets its quiz), reads a lesson in English, and finds the progress again after
 * signing out and in.
 */
class ModuleJourneyIT extends Journey {

	private static final String[] LESSONS_FR = { "Ce que fait un community manager", "Une brève histoire du métier",
			"Les compétences du community manager", "Les outils et le quotidien du CM",
			"Se former et évoluer dans le métier" };

	@Test
	void learner_enrols_reads_module_0_in_both_languages_and_keeps_progress() {
		TestUser learner = users.create("reader", null, Roles.LEARNER);
		Page page = browser.newPage("fr-FR");
		signIn(page, learner, "module");

		page.getByText("Parcourir le catalogue").click();
		assertThat(title(page)).hasText("Catalogue");
		step(page, "module-02-catalogue");
		page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("S’inscrire")).click();
		assertThat(page.getByText("Inscrit", new Page.GetByTextOptions().setExact(true))).isVisible();
		step(page, "module-03-enrolled");

		page.getByText("Voir le module").first().click();
		assertThat(title(page)).hasText("Le métier de community manager");
		assertThat(page.getByText("0 % terminé")).isVisible();
		step(page, "module-04-module-page");

		page.getByText("Commencer : Ce que fait un community manager").click();
		for (int i = 0; i < LESSONS_FR.length; i++) {
			assertThat(title(page)).hasText(LESSONS_FR[i]);
			assertThat(page.locator(".lesson-body h2").first()).isVisible();
			if (i == 0) {
				assertThat(page.locator(".callout").first()).isVisible();
				assertThat(page.locator(".lesson-table").first()).isVisible();
				step(page, "module-05-lesson-1-fr");
			}
			page.locator("vaadin-button")
				.filter(new Locator.FilterOptions().setHasText("Marquer comme terminé"))
				.click();
			if (i + 1 < LESSONS_FR.length) {
				assertThat(title(page)).hasText(LESSONS_FR[i + 1]);
			}
		}
		// After the last lesson comes the module's quiz.
		assertThat(title(page)).hasText("Quiz — Le métier de community manager");
		page.getByText("Retour au module").click();
		assertThat(title(page)).hasText("Le métier de community manager");
		assertThat(page.getByText("83 % terminé")).isVisible();
		assertThat(page.getByText("Reprendre : Quiz — Le métier de community manager")).isVisible();
		step(page, "module-06-lessons-done-fr");

		switchLanguage(page, "English");
		assertThat(title(page)).hasText("The community manager profession");
		assertThat(page.getByText("83 % complete")).isVisible();
		page.getByText("A short history of the profession").click();
		assertThat(title(page)).hasText("A short history of the profession");
		assertThat(page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Done"))).isDisabled();
		step(page, "module-07-lesson-2-en");

		signOut(page, "Log out");
		signIn(page, learner, "module-again");
		assertThat(title(page)).hasText("My learning");
		assertThat(page.getByText("83 % complete")).isVisible();
		step(page, "module-08-dashboard-after-sign-in");
	}

}
