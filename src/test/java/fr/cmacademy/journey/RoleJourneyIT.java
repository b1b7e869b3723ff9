package fr.cmacademy.journey;

import java.util.Locale;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One journey per role in a real browser: sign in, see the right menu, switch language,
 * sign out. Each step is screenshotted and checked with axe-core.
 */
class RoleJourneyIT extends Journey {

	@Test
	void learner_signs_in_in_french_switches_to_english_and_signs_out() {
		TestUser learner = users.create("learner", null, Roles.LEARNER);
		Page page = browser.newPage("fr-FR");
		signIn(page, learner, "learner");

		assertThat(title(page)).hasText("Mon parcours");
		assertThat(menu(page)).containsExactly("Mon parcours", "Catalogue", "Mes notes", "Certificats");
		assertThat(page.getByText("Votre parcours commence ici")).isVisible();
		step(page, "learner-02-home-fr");

		switchLanguage(page, "English");
		assertThat(title(page)).hasText("My learning");
		assertThat(page.getByText("Your learning starts here")).isVisible();
		step(page, "learner-03-home-en");

		page.navigate(url("/platform"));
		assertThat(page.getByText("This page does not exist or is not available to you")).isVisible();
		step(page, "learner-04-admin-page-refused");

		page.navigate(url("/profile"));
		assertThat(title(page)).hasText("My profile");
		step(page, "learner-05-profile-en");

		signOut(page, "Log out");
		step(page, "learner-06-signed-out");
	}

	@Test
	void trainer_signs_in_in_english_switches_to_french_and_signs_out() {
		TestUser trainer = users.create("trainer", null, Roles.TRAINER);
		Page page = browser.newPage("en-GB");
		signIn(page, trainer, "trainer");

		assertThat(title(page)).hasText("My cohorts");
		assertThat(menu(page)).containsExactly("My cohorts", "To grade", "Gradebook", "Authoring");
		step(page, "trainer-02-home-en");

		switchLanguage(page, "Français");
		assertThat(title(page)).hasText("Mes promotions");
		step(page, "trainer-03-home-fr");

		signOut(page, "Se déconnecter");
		step(page, "trainer-04-signed-out");
	}

	@Test
	void admin_signs_in_sees_the_platform_switches_language_and_signs_out() {
		TestUser admin = users.create("admin", Locale.FRENCH, Roles.ADMIN);
		Page page = browser.newPage("en-GB");
		signIn(page, admin, "admin");

		// The stored preference (French) wins over the browser's English.
		assertThat(title(page)).hasText("Plateforme");
		assertThat(menu(page)).containsExactly("Mes promotions", "À corriger", "Carnet de notes", "Édition de contenus",
				"Utilisateurs", "Organisations et promotions", "Importer des utilisateurs", "Plateforme",
				"Gestion des certificats", "Demandes RGPD", "Journal d’audit");
		assertThat(page.getByText("Inscriptions ouvertes")).isVisible();
		step(page, "admin-02-platform-fr");

		switchLanguage(page, "English");
		assertThat(title(page)).hasText("Platform");
		step(page, "admin-03-platform-en");

		page.navigate(url("/profile"));
		assertThat(page.getByLabel("Full name")).hasValue(admin.displayName());
		step(page, "admin-04-profile-en");

		signOut(page, "Log out");
		step(page, "admin-05-signed-out");
	}

	@Test
	void wrong_password_and_unknown_user_show_the_same_message() {
		TestUser learner = users.create("typo", null, Roles.LEARNER);
		Page page = browser.newPage("en-GB");
		page.navigate(url("/login"));
		fillLogin(page, learner.username(), "not the password");
		page.waitForURL("**/login?error");
		assertThat(page.getByText("Incorrect user name or password")).isVisible();
		assertThat(page.getByText("Check your user name and password and try again.")).isVisible();
		step(page, "login-wrong-password");

		fillLogin(page, "nobody-" + learner.username(), "not the password");
		page.waitForURL("**/login?error");
		assertThat(page.getByText("Incorrect user name or password")).isVisible();
		assertThat(page.getByText("Check your user name and password and try again.")).isVisible();
		step(page, "login-unknown-user");
	}

}
