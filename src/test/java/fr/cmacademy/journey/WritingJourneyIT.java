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
 * A learner writes module 1's launch posts for LinkedIn, Instagram and X, in French and
 * in English: watches the preview highlight hashtags and mentions and the counter turn
 * red over X's limit, reads the instant checks, submits each post (one of them twice),
 * then finishes and reads the debrief.
 */
class WritingJourneyIT extends Journey {

	private static final String SCENARIO = "cm-writing-launch-posts";

	private static final List<String> TARGETS = List.of("t-linkedin", "t-instagram", "t-x");

	@Autowired
	JdbcClient jdbc;

	private record Words(String title, String start, List<String> posts, String alt, String submitted, String debrief) {
	}

	private static final Words FR = new Words("Lancer la gourde Source sur trois réseaux", "Commencer la simulation",
			List.of("Fabriquer à Thiers, c’est un choix. Avec les Ateliers Durand (@ateliersdurand), nous lançons "
					+ "le 12 mai la Source, une gourde isotherme de 750 ml en inox à double paroi : 24 heures au "
					+ "froid, 12 heures au chaud.\n\nSon bouchon, son joint et sa housse se vendent séparément : on "
					+ "répare au lieu de racheter. Garantie 5 ans, 39 €, en vente sur ondine.fr et dans 40 boutiques "
					+ "partenaires. Merci aux équipes des Ateliers Durand pour ce travail précis.\n\nVous êtes "
					+ "revendeur ? Découvrez la Source et contactez-nous sur ondine.fr. #FabriquéEnFrance #Réparable",
					"Elle arrive mardi 12 mai : la Source, notre gourde isotherme de 750 ml fabriquée à Thiers avec "
							+ "@ateliersdurand. 24 h au froid, 12 h au chaud, bouchon et joint remplaçables, garantie 5 "
							+ "ans, 39 €. Gravure du prénom offerte sur les 500 premières commandes : découvre-la via le "
							+ "lien en bio ! #Ondine #GourdeIsotherme #FabriquéEnFrance #ZéroPlastique",
					"Nouveau : la Source, gourde isotherme 750 ml fabriquée à Thiers avec @ateliersdurand. 39 €, "
							+ "garantie 5 ans, en vente le 12 mai. Commandez-la sur ondine.fr ! #FabriquéEnFrance"),
			"Une gourde en inox brossé avec un bouchon à anse et un logo en forme de vague, posée sur une table en "
					+ "bois près d’une fenêtre.",
			"Version 1 envoyée", "Débrief — Lancer la gourde Source sur trois réseaux");

	private static final Words EN = new Words("Launching the Source bottle on three networks", "Start the simulation",
			List.of("Made in Thiers, by choice. With Ateliers Durand (@ateliersdurand), we launch the Source on 12 "
					+ "May: a 750 ml double-walled stainless-steel insulated bottle that keeps drinks cold for 24 "
					+ "hours and hot for 12.\n\nIts cap, seal and sleeve are sold separately, so you repair rather "
					+ "than replace. 5-year warranty, €39, on sale on ondine.fr and in 40 partner shops. Thank you to "
					+ "the Ateliers Durand team for their careful work.\n\nAre you a retailer? Discover the Source "
					+ "and contact us on ondine.fr. #MadeInFrance #Repairable",
					"Here it comes on Tuesday 12 May: the Source, our 750 ml insulated bottle made in Thiers with "
							+ "@ateliersdurand. Cold for 24 h, hot for 12 h, replaceable cap and seal, 5-year warranty, "
							+ "€39. Free name engraving on the first 500 orders: discover it via the link in bio! "
							+ "#Ondine #InsulatedBottle #MadeInFrance #PlasticFree",
					"New: the Source, a 750 ml insulated bottle made in Thiers with @ateliersdurand. €39, 5-year "
							+ "warranty, on sale 12 May. Order yours on ondine.fr! #MadeInFrance"),
			"A brushed stainless-steel bottle with a looped cap and a wave-shaped logo, standing on a wooden table "
					+ "by a window.",
			"Version 1 submitted", "Debrief — Launching the Source bottle on three networks");

	@Test
	void learner_writes_the_launch_posts_in_french() {
		play(Locale.FRENCH, "fr-FR", FR, "writing-fr");
	}

	@Test
	void learner_writes_the_launch_posts_in_english() {
		play(Locale.ENGLISH, "en-GB", EN, "writing-en");
	}

	private void play(Locale locale, String browserLocale, Words words, String prefix) {
		TestUser learner = users.create("writer", locale, Roles.LEARNER);
		DeskSteps.enrol(jdbc, learner);
		Page page = browser.newPage(browserLocale);
		signIn(page, learner, prefix);
		DeskSteps.start(page, url("/scenarios/" + SCENARIO), words.start());
		assertThat(title(page)).hasText(words.title());
		assertThat(page.locator(".writing-desk__brief img")).isVisible();
		step(page, prefix + "-02-brief");

		for (int i = 0; i < TARGETS.size(); i++) {
			String target = TARGETS.get(i);
			page.locator("vaadin-button.writing-desk__tab[data-target='" + target + "']").click();
			Locator composer = page.locator(".writing-composer[data-target='" + target + "']");
			Locator text = composer.locator("vaadin-text-area.writing-composer__text textarea");
			if (target.equals("t-x")) {
				text.fill(words.posts().get(i) + " " + "x".repeat(200));
				assertThat(composer.locator(".post-preview__counter--over")).isVisible();
				assertThat(composer.locator(".check-items__item--fail[data-check='writing.max_length']")).isVisible();
				composer.locator(".writing-composer__side").scrollIntoViewIfNeeded();
				step(page, prefix + "-03-x-too-long");
			}
			text.fill(words.posts().get(i));
			composer.locator("vaadin-text-area.writing-composer__alt textarea").fill(words.alt());
			assertThat(composer.locator(".post-preview__counter--over")).hasCount(0);
			assertThat(composer.locator(".post-preview__mention").first()).hasText("@ateliersdurand");
			assertThat(composer.locator(".post-preview__hashtag").first()).isVisible();
			assertThat(composer.locator(".check-items__item--pass[data-check='writing.alt_text']")).isVisible();
			if (i == 1) {
				composer.locator(".writing-composer__side").scrollIntoViewIfNeeded();
				step(page, prefix + "-04-instagram-preview");
			}
			composer.locator(".writing-composer__submit").click();
			idle(page);
			assertThat(composer.locator(".writing-composer__status")).hasText(words.submitted());
		}
		// A second version of the X post replaces the first.
		Locator x = page.locator(".writing-composer[data-target='t-x']");
		x.locator("vaadin-text-area.writing-composer__text textarea").fill(words.posts().get(2).replace("12", "12 "));
		x.locator(".writing-composer__submit").click();
		idle(page);
		assertThat(x.locator(".writing-composer__status")).containsText("2");
		step(page, prefix + "-05-all-submitted");

		page.locator(".writing-desk__finish").click();
		DeskSteps.debrief(page, words.debrief());
		step(page, prefix + "-06-debrief");
	}

}
