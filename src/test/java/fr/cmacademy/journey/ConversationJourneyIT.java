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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner plays module 4's delivery crisis to its debrief, in French and in English:
 * reads the brief, lets time pass, writes one reply in their own words and watches the
 * instant checks react as they type, answers the other decisions, and reads the debrief
 * with its chart and the expert's comments.
 */
class ConversationJourneyIT extends Journey {

	private static final String SCENARIO = "crisis-lumen-delivery";

	@Autowired
	JdbcClient jdbc;

	private record Words(String title, String start, String letTimePass, String ownWords, String weak, String good,
			String failed, String publish, String yourText, String debrief, String verdictArea) {
	}

	private static final Words FR = new Words("Retards de livraison chez Maison Lumen", "Commencer la simulation",
			"Laisser passer le temps", "Répondre avec vos propres mots", "C’EST PAS NOTRE FAUTE !!",
			"Bonjour Léa, je comprends votre colère et je suis vraiment désolée : ce retard et ce silence ne sont pas "
					+ "normaux. Un incident chez notre transporteur a bloqué les envois. Écrivez-nous en message privé "
					+ "avec votre numéro de commande : nous vérifions tout de suite et revenons vers vous aujourd’hui.",
			"Majuscules (cri)", "Publier la réponse", "Votre texte", "Débrief — Retards de livraison chez Maison Lumen",
			"Vos décisions, une par une");

	private static final Words EN = new Words("Delivery delays at Maison Lumen", "Start the simulation",
			"Let time pass", "Reply in your own words", "NOT OUR FAULT!!",
			"Hi Léa, I understand your anger and I'm really sorry: this delay and the silence are not okay. An "
					+ "incident at our carrier held up shipments. Send us a private message with your order number: "
					+ "we'll check right away and get back to you today.",
			"All caps (shouting)", "Publish the reply", "Your text", "Debrief — Delivery delays at Maison Lumen",
			"Your decisions, one by one");

	@Test
	void learner_plays_the_delivery_crisis_in_french() {
		play(Locale.FRENCH, "fr-FR", FR, "conversation-fr");
	}

	@Test
	void learner_plays_the_delivery_crisis_in_english() {
		play(Locale.ENGLISH, "en-GB", EN, "conversation-en");
	}

	private void play(Locale locale, String browserLocale, Words words, String prefix) {
		TestUser learner = users.create("crisis", locale, Roles.LEARNER);
		jdbc.sql("INSERT INTO enrolment (user_id, programme_id, enrolled_at) VALUES (:u, 'cm-certification', NOW(6))")
			.param("u", learner.id())
			.update();
		Page page = browser.newPage(browserLocale);
		signIn(page, learner, prefix);

		page.navigate(url("/scenarios/" + SCENARIO));
		assertThat(title(page)).hasText(words.title());
		assertThat(page.getByText("@maisonlumen").first()).isVisible();
		step(page, prefix + "-02-scenario-page");
		button(page, words.start()).click();
		page.locator(".player-band").waitFor();
		idle(page);
		step(page, prefix + "-03-player-start");

		boolean wrote = false;
		int decisions = 0;
		for (int turn = 0; turn < 40 && !page.url().contains("/debrief"); turn++) {
			Locator own = button(page, words.ownWords());
			if (!wrote && own.count() > 0) {
				own.click();
				Locator area = page.locator(".reply-editor vaadin-text-area textarea");
				area.fill(words.weak());
				assertThat(page.locator(".reply-editor .check-list__item--failed").first()).isVisible();
				assertThat(page.locator(".reply-editor .check-list")).containsText(words.failed());
				step(page, prefix + "-04-free-text-failing-checks");
				area.fill(words.good());
				assertThat(page.locator(".reply-editor .check-list__item--failed")).hasCount(0);
				step(page, prefix + "-05-free-text-checks");
				button(page, words.publish()).click();
				idle(page);
				assertThat(page.locator(".feed-item__yours")
					.filter(new Locator.FilterOptions().setHasText(words.yourText()))).isVisible();
				wrote = true;
				decisions++;
				continue;
			}
			Locator options = page.locator(".decision-card--active .decision-option__button");
			if (options.count() > 0) {
				// The shipped scenario lists the expert's option first.
				options.first().click();
				idle(page);
				decisions++;
				if (decisions == 3) {
					step(page, prefix + "-06-player-mid-run");
				}
				continue;
			}
			button(page, words.letTimePass()).click();
			idle(page);
		}
		assertThat(wrote).as("the free-text option was offered").isTrue();
		page.waitForURL("**/debrief");
		assertThat(title(page)).hasText(words.debrief());
		assertThat(page.locator(".debrief-result__percent")).isVisible();
		assertThat(page.locator(".line-chart svg[role=img]").first()).isVisible();
		assertThat(page.getByText(words.verdictArea())).isVisible();
		assertThat(page.locator(".review-card").first()).isVisible();
		step(page, prefix + "-07-debrief");
		page.locator(".decision-reviews .review-card").nth(1).scrollIntoViewIfNeeded();
		step(page, prefix + "-08-debrief-decisions");
		page.locator(".run-timeline").scrollIntoViewIfNeeded();
		step(page, prefix + "-09-debrief-timeline");
	}

	private static Locator button(Page page, String text) {
		return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
	}

	/**
	 * Waits until Flow has no request in flight, so the page shows the server's answer.
	 */
	private static void idle(Page page) {
		page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
				+ " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
		page.waitForTimeout(150);
	}

}
