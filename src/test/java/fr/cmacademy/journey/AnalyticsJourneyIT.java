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
import static fr.cmacademy.journey.DeskSteps.idle;

/**
 * A learner reads module 3's monthly dashboard and answers every question, in French and
 * in English: numbers typed with a comma or a dot and a unit, choices, the anomaly picked
 * by clicking the day on the follower curve, and the written note with its live length
 * check; then hands the report in and reads the debrief.
 */
class AnalyticsJourneyIT extends Journey {

	private static final String SCENARIO = "cm-analytics-monthly-dashboard";

	@Autowired
	JdbcClient jdbc;

	private record Words(String title, String start, String postRate, String monthRate, String reelShare, String growth,
			String organic, String format, String slot, String note, String tooShort, String save, String answered,
			String finish, String debrief) {
	}

	private static final Words FR = new Words("Le bilan d’avril de Terre de Bocal", "Commencer la simulation", "7,71",
			"4,16 %", "45,9", "21,3", "7,1", "Carrousel", "Soir (18 h et après)",
			"Bilan d’avril. Le taux d’engagement du mois est de 4,16 %, porté par les carrousels pratiques (6,25 %) "
					+ "publiés le soir. Les reels apportent 45,9 % de la portée : ils font découvrir le compte. "
					+ "La croissance affichée de 21,3 % est trompeuse : le 18 avril, 1 196 abonnés sont arrivés sans "
					+ "aucune publication, très probablement des faux comptes que nous allons vérifier et retirer. "
					+ "La croissance organique réelle est de 7,1 %. Pour mai : un reel par semaine, deux carrousels "
					+ "pratiques le soir, un test du même contenu à deux horaires, objectif 4,5 % d’engagement.",
			"entre 400 et 1\u202f500 attendus", "Enregistrer la note", "9 réponse(s) sur 9", "Rendre le bilan",
			"Débrief — Le bilan d’avril de Terre de Bocal");

	private static final Words EN = new Words("Terre de Bocal's April report", "Start the simulation", "7.71", "4.16%",
			"45.9", "21.3", "7.1", "Carousel", "Evening (6 pm and later)",
			"April report. The month's engagement rate is 4.16%, driven by practical carousels (6.25%) posted in "
					+ "the evening. Reels bring 45.9% of the reach: they help new people discover the account. The "
					+ "21.3% growth on display is misleading: on 18 April, 1,196 followers arrived without any post, "
					+ "most likely fake accounts that we will check and remove. Real organic growth is 7.1%. For May: "
					+ "one reel a week, two practical carousels in the evening, a test of the same content at two "
					+ "times, and a target of 4.5% engagement.",
			"400 to 1,500 expected", "Save the note", "9 of 9 answered", "Hand in the report",
			"Debrief — Terre de Bocal's April report");

	@Test
	void learner_answers_the_dashboard_in_french() {
		play(Locale.FRENCH, "fr-FR", FR, "analytics-fr");
	}

	@Test
	void learner_answers_the_dashboard_in_english() {
		play(Locale.ENGLISH, "en-GB", EN, "analytics-en");
	}

	private void play(Locale locale, String browserLocale, Words words, String prefix) {
		TestUser learner = users.create("analyst", locale, Roles.LEARNER);
		DeskSteps.enrol(jdbc, learner);
		Page page = browser.newPage(browserLocale);
		signIn(page, learner, prefix);
		DeskSteps.start(page, url("/scenarios/" + SCENARIO), words.start());
		assertThat(title(page)).hasText(words.title());
		assertThat(page.locator(".kpi-tile")).hasCount(6);
		assertThat(page.locator("svg.dashboard-chart--followers")).isVisible();
		assertThat(page.locator("svg.dashboard-chart--reach rect.dashboard-chart__bar")).hasCount(25);
		step(page, prefix + "-02-dashboard");
		page.locator("svg.dashboard-chart--reach").scrollIntoViewIfNeeded();
		step(page, prefix + "-03-posts");

		number(page, "q-post-engagement", words.postRate());
		number(page, "q-month-engagement", words.monthRate());
		number(page, "q-reel-reach-share", words.reelShare());
		number(page, "q-growth", words.growth());
		question(page, "q-best-format").locator("vaadin-radio-button")
			.filter(new Locator.FilterOptions().setHasText(words.format()))
			.click();
		idle(page);
		question(page, "q-best-slot").locator("vaadin-radio-button")
			.filter(new Locator.FilterOptions().setHasText(words.slot()))
			.click();
		idle(page);
		// The anomaly: a click on 18 April in the follower curve.
		page.locator("svg.dashboard-chart--followers rect[data-day='18']").click();
		idle(page);
		assertThat(page.locator("svg.dashboard-chart--followers rect.dashboard-chart__picked")).hasCount(1);
		assertThat(question(page, "q-anomaly").locator(".status-badge--done")).isVisible();
		number(page, "q-organic-growth", words.organic());

		Locator note = question(page, "q-reco").locator("vaadin-text-area textarea");
		note.fill("Trop court.");
		assertThat(question(page, "q-reco").locator(".analytics-question__counter--bad")).isVisible();
		assertThat(question(page, "q-reco").locator(".analytics-question__counter")).containsText(words.tooShort());
		note.fill(words.note());
		assertThat(question(page, "q-reco").locator(".analytics-question__counter--bad")).hasCount(0);
		DeskSteps.button(page, words.save()).click();
		idle(page);
		assertThat(question(page, "q-reco").locator(".check-items__item").first()).isVisible();
		assertThat(page.locator(".analytics-desk__progress")).hasText(words.answered());
		step(page, prefix + "-04-answered");

		page.locator(".analytics-desk__finish").click();
		DeskSteps.debrief(page, words.debrief());
		step(page, prefix + "-05-debrief");
	}

	private static Locator question(Page page, String id) {
		return page.locator(".analytics-question[data-question='" + id + "']");
	}

	private static void number(Page page, String question, String value) {
		Locator input = question(page, question).locator("vaadin-text-field input");
		input.fill(value);
		input.press("Tab");
		idle(page);
		assertThat(question(page, question).locator(".status-badge--done")).isVisible();
	}

}
