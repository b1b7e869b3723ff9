package fr.cmacademy.journey;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmacademy.ServerTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One journey per role in a real browser: sign in, see the right menu, switch language,
 * sign out. Each step is screenshotted and checked with axe-core.
 */
@ServerTest
class RoleJourneyIT {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@BeforeAll
	static void startBrowser() {
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void learner_signs_in_in_french_switches_to_english_and_signs_out() {
		TestUser learner = users.create("learner", null, Roles.LEARNER);
		Page page = browser.newPage("fr-FR");
		signIn(page, learner, "learner");

		assertThat(page.locator("h1.main-layout__title")).hasText("Mon parcours");
		assertThat(menu(page)).containsExactly("Mon parcours", "Catalogue");
		assertThat(page.getByText("Votre parcours commence ici")).isVisible();
		step(page, "learner-02-home-fr");

		switchLanguage(page, "English");
		assertThat(page.locator("h1.main-layout__title")).hasText("My learning");
		assertThat(page.getByText("Your learning starts here")).isVisible();
		step(page, "learner-03-home-en");

		page.navigate(url("/platform"));
		assertThat(page.getByText("This page does not exist or is not available to you")).isVisible();
		step(page, "learner-04-admin-page-refused");

		page.navigate(url("/profile"));
		assertThat(page.locator("h1.main-layout__title")).hasText("My profile");
		step(page, "learner-05-profile-en");

		signOut(page, "Log out");
		step(page, "learner-06-signed-out");
	}

	@Test
	void trainer_signs_in_in_english_switches_to_french_and_signs_out() {
		TestUser trainer = users.create("trainer", null, Roles.TRAINER);
		Page page = browser.newPage("en-GB");
		signIn(page, trainer, "trainer");

		assertThat(page.locator("h1.main-layout__title")).hasText("My cohorts");
		assertThat(menu(page)).containsExactly("My cohorts");
		step(page, "trainer-02-home-en");

		switchLanguage(page, "Français");
		assertThat(page.locator("h1.main-layout__title")).hasText("Mes promotions");
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
		assertThat(page.locator("h1.main-layout__title")).hasText("Plateforme");
		assertThat(menu(page)).containsExactly("Mes promotions", "Plateforme");
		assertThat(page.getByText("Inscriptions ouvertes")).isVisible();
		step(page, "admin-02-platform-fr");

		switchLanguage(page, "English");
		assertThat(page.locator("h1.main-layout__title")).hasText("Platform");
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

	private void signIn(Page page, TestUser user, String role) {
		page.navigate(url("/"));
		page.waitForURL("**/login");
		assertThat(page.locator("vaadin-login-form")).isVisible();
		step(page, role + "-01-login");
		fillLogin(page, user.username(), TestUsers.PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		page.locator("h1.main-layout__title").waitFor();
	}

	private static void fillLogin(Page page, String username, String password) {
		page.locator("vaadin-login-form input[name='username']").fill(username);
		page.locator("vaadin-login-form input[name='password']").fill(password);
		page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
	}

	private static void switchLanguage(Page page, String language) {
		page.locator("vaadin-select.language-select").click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(language)).click();
		page.waitForLoadState();
	}

	private static void signOut(Page page, String label) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).click();
		page.waitForURL("**/login*");
		assertThat(page.locator("vaadin-login-form")).isVisible();
	}

	private static List<String> menu(Page page) {
		page.locator("vaadin-side-nav-item").first().waitFor();
		return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
	}

	private static void step(Page page, String name) {
		page.waitForTimeout(300);
		Browser.screenshot(page, name);
		Browser.assertAccessible(page);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
