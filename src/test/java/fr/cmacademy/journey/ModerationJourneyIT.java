package fr.cmacademy.journey;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.cmacademy.journey.DeskSteps.idle;

/**
 * A learner works through module 2's moderation queue to the debrief, in French and in
 * English: reads each reported item, decides with the mouse and, once, with the keyboard
 * (the focus moves to the next item), and ends on the debrief.
 */
class ModerationJourneyIT extends Journey {

	private static final String SCENARIO = "cm-moderation-charter-queue";

	/** The expert's action for each item, in queue order (from the scenario file). */
	private static final List<String> BEST = List.of("ban", "keep", "ban", "warn", "keep", "hide", "ban", "keep",
			"hide", "ban", "keep", "escalate", "delete", "ban", "keep", "delete", "keep", "hide", "escalate", "keep",
			"ban", "warn", "keep", "escalate");

	@Autowired
	JdbcClient jdbc;

	private record Words(String title, String start, String progress, String decided, String debrief) {
	}

	private static final Words FR = new Words("La file de modération de Sentiers Nomades", "Commencer la simulation",
			"0 traité(s) sur 24", "Décision\u00a0: auteur banni",
			"Débrief — La file de modération de Sentiers Nomades");

	private static final Words EN = new Words("The Sentiers Nomades moderation queue", "Start the simulation",
			"0 of 24 handled", "Decision: author banned", "Debrief — The Sentiers Nomades moderation queue");

	@Test
	void learner_moderates_the_queue_in_french() {
		play(Locale.FRENCH, "fr-FR", FR, "moderation-fr");
	}

	@Test
	void learner_moderates_the_queue_in_english() {
		play(Locale.ENGLISH, "en-GB", EN, "moderation-en");
	}

	private void play(Locale locale, String browserLocale, Words words, String prefix) {
		TestUser learner = users.create("moderator", locale, Roles.LEARNER);
		DeskSteps.enrol(jdbc, learner);
		Page page = browser.newPage(browserLocale);
		signIn(page, learner, prefix);
		DeskSteps.start(page, url("/scenarios/" + SCENARIO), words.start());
		assertThat(title(page)).hasText(words.title());
		Locator cards = page.locator(".moderation-card");
		assertThat(cards).hasCount(24);
		assertThat(page.locator(".moderation-desk__progress")).hasText(words.progress());
		step(page, prefix + "-02-queue");

		for (int i = 0; i < BEST.size(); i++) {
			Locator card = cards.nth(i);
			if (i == 1) {
				// Deciding item 1 moved the focus to item 2's first button (keep).
				assertThat(card.locator("vaadin-button[data-action=keep]")).isFocused();
				page.keyboard().press("Enter");
			}
			else {
				card.locator("vaadin-button[data-action=" + BEST.get(i) + "]").click();
			}
			idle(page);
			if (i == BEST.size() - 1) {
				break; // the last decision ends the run: the player opens the debrief
			}
			assertThat(card.locator(".moderation-card__decision")).isVisible();
			if (i == 0) {
				assertThat(card.locator(".moderation-card__decision")).hasText(words.decided());
			}
			if (i == 9) {
				step(page, prefix + "-03-mid-queue");
			}
		}
		DeskSteps.debrief(page, words.debrief());
		step(page, prefix + "-04-debrief");
	}

}
