package fr.cmacademy.simulation.checks;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.model.Brief;
import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Checks.Cue;
import fr.cmacademy.simulation.model.Checks.Fault;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every free-text check in French and English: what it finds, where, and the traps it
 * must not fall into (word boundaries, accents, acronyms, handles).
 */
class ReplyChecksTest {

	private static final Locale FR = Locale.FRENCH;

	private static final Locale EN = Locale.ENGLISH;

	private static final Brief BRIEF = new Brief(new Text("", ""), List.of(), List.of(), List.of(),
			List.of("remboursement intégral"), List.of("full refund"));

	private static CheckResult require(String text, Locale language, Cue cue) {
		return only(text, language, new Checks(null, null, List.of(cue), List.of(), null, null, List.of(), List.of(),
				List.of(), List.of()));
	}

	private static CheckResult forbid(String text, Fault fault) {
		return forbid(text, FR, fault);
	}

	private static CheckResult forbid(String text, Locale language, Fault fault) {
		return only(text, language, new Checks(null, null, List.of(), List.of(fault), null, null, List.of(), List.of(),
				List.of(), List.of()));
	}

	private static CheckResult only(String text, Locale language, Checks checks) {
		List<CheckResult> results = ReplyChecks.check(text, language, checks, BRIEF);
		assertThat(results).hasSize(1);
		return results.get(0);
	}

	@ParameterizedTest(name = "{0} {1}: \"{2}\" → {3}")
	@CsvSource(delimiter = '|', textBlock = """
			ACKNOWLEDGE    | fr | Je comprends tout à fait votre agacement.              | true
			ACKNOWLEDGE    | fr | Voici notre nouvelle collection.                       | false
			ACKNOWLEDGE    | en | You're right, this delay is not acceptable.            | true
			ACKNOWLEDGE    | en | Here is our new collection.                            | false
			APOLOGISE      | fr | Nous sommes vraiment DÉSOLÉS pour ce retard.           | true
			APOLOGISE      | fr | Nous avons expédié votre colis.                        | false
			APOLOGISE      | en | We apologise for the delay.                            | true
			APOLOGISE      | en | We shipped your parcel.                                | false
			NEXT_STEP      | fr | Écrivez-nous en message privé avec votre numéro.       | true
			NEXT_STEP      | fr | Bonne soirée.                                          | false
			NEXT_STEP      | en | Please send us a DM, we'll get back to you.           | true
			NEXT_STEP      | en | Have a nice evening.                                   | false
			THANKS         | fr | Merci pour votre patience.                             | true
			THANKS         | fr | Bonne journée.                                         | false
			THANKS         | en | Thanks a lot!                                          | true
			THANKS         | en | Have a good day.                                       | false
			GREETING       | fr | Bonjour Léa, merci.                                    | true
			GREETING       | fr | C’est trop cher pour nous.                             | false
			GREETING       | en | Hi Léa, thanks.                                        | true
			GREETING       | en | This is high quality.                                  | false
			CALL_TO_ACTION | fr | Découvrez la collection, lien en bio.                  | true
			CALL_TO_ACTION | fr | La collection est belle.                               | false
			CALL_TO_ACTION | en | Sign up today!                                         | true
			CALL_TO_ACTION | en | The collection is lovely.                              | false
			EMPATHY        | fr | J’imagine à quel point c’est frustrant.                | true
			EMPATHY        | fr | La commande est partie.                                | false
			EMPATHY        | en | I can imagine how frustrating this is.                 | true
			EMPATHY        | en | The order has shipped.                                 | false
			""")
	void required_cues_are_found_in_the_replys_language(Cue cue, String language, String text, boolean found) {
		CheckResult result = require(text, Locale.forLanguageTag(language), cue);

		assertThat(result.passed()).as(result.message().en()).isEqualTo(found);
		assertThat(result.checkId()).isEqualTo("require." + cue.name().toLowerCase(Locale.ROOT));
	}

	@Test
	void a_cue_in_the_other_language_does_not_count() {
		assertThat(require("Sorry for the delay.", FR, Cue.APOLOGISE).passed()).isFalse();
		assertThat(require("Désolé pour le retard.", EN, Cue.APOLOGISE).passed()).isFalse();
	}

	@Test
	void a_found_cue_reports_its_offsets_in_the_original_text() {
		String text = "Bonjour, nous sommes désolées.";

		CheckResult result = require(text, FR, Cue.APOLOGISE);

		assertThat(result.findings()).containsExactly(new Finding(21, 29, "désolées"));
		assertThat(text.substring(21, 29)).isEqualTo("désolées");
		assertThat(result.message().fr()).contains("« désolées » (position 22)");
		assertThat(result.message().en()).contains("“désolées” (position 22)");
	}

	@Test
	void a_missing_cue_suggests_an_example() {
		CheckResult result = require("Voici la collection.", FR, Cue.NEXT_STEP);

		assertThat(result.message().fr()).startsWith("Annoncer la suite : rien trouvé. Par exemple");
		assertThat(result.message().en()).startsWith("Announce the next step: nothing found. For example");
	}

	@ParameterizedTest(name = "{0} {1}: \"{2}\" → {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					INSULT                | fr | Vous êtes un idiot.                                       | idiot
					INSULT                | en | You are such a MORON.                                     | MORON
					INSULT                | fr | Quel CON !                                                | CON
					INSULT                | en | Don't be an ass.                                          | ass
					INSULT                | fr | WTF, sérieusement.                                        | WTF
					INSULT                | en | The assassin is in the class, cf. Sussex.                 |
					INSULT                | fr | Nous avons un conseil : consultez la connexion.           |
					INSULT                | fr | Nous sommes désolés pour ce retard.                       |
					INSULT                | en | We weighed the pros and cons.                             |
					BLAME                 | fr | C’est votre faute, il fallait lire les conditions.        | C’est votre faute
					BLAME                 | en | You should have read the terms.                           | You should have
					BLAME                 | fr | Nous aurions dû vous prévenir plus tôt.                   |
					BLAME                 | en | We should have told you sooner.                           |
					SARCASM               | fr | Bravo… vraiment bravo.                                    | Bravo
					SARCASM               | fr | lol c'est la vie                                          | lol
					SARCASM               | en | Great job /s                                              | /s
					SARCASM               | en | Sure 🙄                                                    | 🙄
					SARCASM               | fr | Nous sommes ravis de vous lire.                           |
					SARCASM               | fr | Pour les solutions, consultez le site.                    |
					ALL_CAPS              | fr | C’EST INADMISSIBLE de traiter les clients ainsi           | EST
					ALL_CAPS              | en | THIS IS A JOKE                                            | THIS
					ALL_CAPS              | fr | Le SAV et la FAQ vous répondent, cf. RGPD et @MAISONLUMEN #LUMEN |
					EXCESSIVE_PUNCTUATION | fr | Sérieusement ?!?! Pas de réponse !!!                      | ?!?!
					EXCESSIVE_PUNCTUATION | en | Really?? Come on.                                         | ??
					EXCESSIVE_PUNCTUATION | fr | Vraiment ?! Bon… à demain. Voir la suite...               |
					FORBIDDEN_PROMISES    | fr | Nous vous offrons un remboursement intégral.              | remboursement intégral
					FORBIDDEN_PROMISES    | fr | Nous remboursons les frais de port.                       |
					""")
	void forbidden_faults_are_found_and_traps_are_not(Fault fault, String language, String text, String firstFound) {
		CheckResult result = forbid(text, Locale.forLanguageTag(language), fault);

		if (firstFound == null) {
			assertThat(result.passed()).as(result.message().en()).isTrue();
			assertThat(result.findings()).isEmpty();
		}
		else {
			assertThat(result.passed()).isFalse();
			assertThat(result.findings().get(0).excerpt()).isEqualTo(firstFound);
			Finding first = result.findings().get(0);
			assertThat(text.substring(first.start(), first.end())).isEqualTo(first.excerpt());
		}
	}

	@Test
	void all_caps_flags_every_shouted_word() {
		CheckResult result = forbid("C’EST INADMISSIBLE, VRAIMENT.", Fault.ALL_CAPS);

		assertThat(result.findings()).extracting(Finding::excerpt).containsExactly("EST", "INADMISSIBLE", "VRAIMENT");
	}

	@Test
	void forbidden_promises_use_the_briefs_list_in_the_replys_language() {
		Checks checks = new Checks(null, null, List.of(), List.of(Fault.FORBIDDEN_PROMISES), null, null, List.of(),
				List.of(), List.of(), List.of());

		assertThat(only("You get a FULL REFUND.", EN, checks).passed()).isFalse();
		assertThat(only("Un remboursement integral, promis.", FR, checks).passed()).isFalse();
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Écrivez-moi à lea.martin@example.fr                  | lea.martin@example.fr
			Appelez le 06 12 34 56 78 ou le 01.23.45.67.89         | 06 12 34 56 78
			Mon numéro : +33 6 12 34 56 78                         | +33 6 12 34 56 78
			Call me on +44 20 7946 0958                            | +44 20 7946 0958
			IBAN FR76 3000 6000 0112 3456 7890 189 merci           | FR76 3000 6000 0112 3456 7890 189
			Carte 4970 1012 3456 7890                              | 4970 1012 3456 7890
			Suivez @maisonlumen, commande n° 48213, le 12/03/2026 |
			Ouvert 24h/24 et 7j/7, au 3 rue de la Paix             |
			Code promo FR2026 valable jusqu’au 31/12               |
			""")
	void personal_data_is_found_but_not_handles_order_numbers_or_dates(String text, String firstFound) {
		CheckResult result = forbid(text, Fault.PERSONAL_DATA);

		if (firstFound == null) {
			assertThat(result.findings()).isEmpty();
		}
		else {
			assertThat(result.findings()).isNotEmpty();
			assertThat(result.findings().get(0).excerpt()).isEqualTo(firstFound);
		}
	}

	@Test
	void two_phone_numbers_are_both_reported() {
		assertThat(forbid("06 12 34 56 78 ou 01.23.45.67.89", Fault.PERSONAL_DATA).findings()).hasSize(2);
	}

	@Test
	void the_tone_estimate_is_positive_for_warm_replies_and_negative_for_hostile_ones() {
		assertThat(ReplyChecks.tone("Merci beaucoup, nous sommes ravis de vous aider !", FR)).isGreaterThan(0.3);
		assertThat(ReplyChecks.tone("Thank you, we're glad to help.", EN)).isGreaterThan(0.3);
		assertThat(ReplyChecks.tone("C’est ridicule, quel idiot !!!", FR)).isLessThan(-0.5);
		assertThat(ReplyChecks.tone("This is ridiculous, you moron.", EN)).isLessThan(-0.5);
		assertThat(ReplyChecks.tone("La commande part lundi.", FR)).isZero();
		assertThat(ReplyChecks.tone("", EN)).isZero();
	}

	@Test
	void tone_bounds_fail_with_the_words_involved() {
		Checks checks = new Checks(null, null, List.of(), List.of(), 0.0, null, List.of(), List.of(), List.of(),
				List.of());

		CheckResult result = only("C’est lamentable, franchement.", FR, checks);

		assertThat(result.checkId()).isEqualTo("tone");
		assertThat(result.passed()).isFalse();
		assertThat(result.findings()).extracting(Finding::excerpt).containsExactly("lamentable");
		assertThat(result.message().fr()).contains("-0,50").contains("« lamentable »");
		assertThat(result.message().en()).contains("-0.50");
	}

	@Test
	void length_bounds_count_characters_of_the_trimmed_text() {
		Checks checks = new Checks(10, 20, List.of(), List.of(), null, null, List.of(), List.of(), List.of(),
				List.of());

		assertThat(only("  court  ", FR, checks).passed()).isFalse();
		assertThat(only("  court  ", FR, checks).message().fr())
			.isEqualTo("Trop court : 5 caractères, au moins 10 attendus.");
		assertThat(only("Juste ce qu’il faut", FR, checks).passed()).isTrue();
		assertThat(only("Beaucoup trop long pour ce champ", EN, checks).message().en())
			.isEqualTo("Too long: 32 characters, 20 at most: shorten it.");
	}

	@Test
	void author_phrases_are_required_and_forbidden_per_language() {
		Checks checks = new Checks(null, null, List.of(), List.of(), null, null, List.of("service client"),
				List.of("customer service"), List.of("pas de souci"), List.of("no worries"));

		List<CheckResult> french = ReplyChecks.check("Notre Service Client vous répond, pas de soucis.", FR, checks,
				BRIEF);
		List<CheckResult> english = ReplyChecks.check("No worries, our support team replies.", EN, checks, BRIEF);

		assertThat(french).extracting(CheckResult::checkId).containsExactly("phrases.require", "phrases.forbid");
		assertThat(french.get(0).passed()).isTrue();
		assertThat(french.get(1).passed()).as("'pas de souci' is not 'pas de soucis'").isTrue();
		assertThat(english.get(0).passed()).isFalse();
		assertThat(english.get(0).message().en()).isEqualTo("Expected phrase missing: “customer service”.");
		assertThat(english.get(1).passed()).isFalse();
		assertThat(english.get(1).findings()).containsExactly(new Finding(0, 10, "No worries"));
	}

	@Test
	void checks_run_in_a_fixed_order() {
		Checks checks = new Checks(5, null, List.of(Cue.THANKS, Cue.GREETING), List.of(Fault.INSULT), 0.0, null,
				List.of("merci"), List.of(), List.of("nul"), List.of());

		List<CheckResult> results = ReplyChecks.check("Bonjour, merci !", FR, checks, BRIEF);

		assertThat(results).extracting(CheckResult::checkId)
			.containsExactly("length", "require.thanks", "require.greeting", "forbid.insult", "tone", "phrases.require",
					"phrases.forbid");
		assertThat(CheckResult.allPassed(results)).isTrue();
	}

}
