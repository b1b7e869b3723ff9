package fr.cmacademy.journey;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmacademy.ServerTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser journeys: the running application, one headless Chromium per class,
 * and the steps every journey uses (sign in, switch language, sign out, screenshot and
 * accessibility check).
 */
@ServerTest
abstract class Journey {

	static Browser browser;

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

	void signIn(Page page, TestUser user, String screenshotPrefix) {
		page.navigate(url("/"));
		page.waitForURL("**/login");
		assertThat(page.locator("vaadin-login-form")).isVisible();
		step(page, screenshotPrefix + "-01-login");
		fillLogin(page, user.username(), TestUsers.PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		page.locator("h1.main-layout__title").waitFor();
	}

	static void fillLogin(Page page, String username, String password) {
		page.locator("vaadin-login-form input[name='username']").fill(username);
		page.locator("vaadin-login-form input[name='password']").fill(password);
		page.locator("vaadin-login-form vaadin-button").first().click();
	}

	static void switchLanguage(Page page, String language) {
		page.locator("vaadin-select.language-select").click();
		page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(language)).click();
		page.waitForLoadState();
	}

	static void signOut(Page page, String label) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).click();
		page.waitForURL("**/login*");
		assertThat(page.locator("vaadin-login-form")).isVisible();
	}

	static List<String> menu(Page page) {
		page.locator("vaadin-side-nav-item").first().waitFor();
		return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
	}

	static Locator title(Page page) {
		return page.locator("h1.main-layout__title");
	}

	/**
	 * Screenshot into target/screenshots, then axe-core: serious or critical violations
	 * fail the journey.
	 */
	static void step(Page page, String name) {
		page.waitForTimeout(300);
		Browser.screenshot(page, name);
		Browser.assertAccessible(page);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

}
