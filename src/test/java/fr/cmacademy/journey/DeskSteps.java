package fr.cmacademy.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers.TestUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Steps shared by the journeys of the desk scenarios (moderation, analytics, writing):
 * enrolling, starting a scenario from its page, waiting for the server's answer, and
 * reaching the debrief.
 */
final class DeskSteps {

	private DeskSteps() {
	}

	static void enrol(JdbcClient jdbc, TestUser learner) {
		jdbc.sql("INSERT INTO enrolment (user_id, programme_id, enrolled_at) VALUES (:u, 'cm-certification', NOW(6))")
			.param("u", learner.id())
			.update();
	}

	/**
	 * Opens the scenario page and starts the run with the button of scenario.page.start.
	 */
	static void start(Page page, String url, String startLabel) {
		page.navigate(url);
		button(page, startLabel).click();
		page.waitForURL(u -> u.matches(".*/runs/\\d+$"));
		idle(page);
	}

	static Locator button(Page page, String text) {
		return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
	}

	/**
	 * Waits until Vaadin has no request in flight (the server's answer is on the page).
	 */
	static void idle(Page page) {
		page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients || "
				+ "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
	}

	/** After finishing: the debrief page with its score. */
	static void debrief(Page page, String title) {
		page.waitForURL("**/debrief");
		assertThat(Journey.title(page)).hasText(title);
		assertThat(page.locator(".debrief-result__percent")).isVisible();
	}

}
