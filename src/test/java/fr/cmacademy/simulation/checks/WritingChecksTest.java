package fr.cmacademy.simulation.checks;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.model.Brief;
import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Platform;
import fr.cmacademy.simulation.model.Writing.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post checked against its platform: length, hashtags, mention, call to action, alt
 * text.
 */
class WritingChecksTest {

	private static final Brief BRIEF = new Brief(new Text("", ""), List.of(), List.of(), List.of(),
			List.of("livraison gratuite à vie"), List.of("free delivery for life"));

	private static final Target X = new Target("t-x", Platform.X, null, 1, 2, "@testbrand", true, true,
			new Checks(null, null, List.of(), List.of(Checks.Fault.FORBIDDEN_PROMISES), null, null, List.of(),
					List.of(), List.of(), List.of()));

	private static CheckResult result(List<CheckResult> results, String id) {
		return results.stream().filter(r -> r.checkId().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void a_good_post_passes_every_check() {
		List<CheckResult> results = WritingChecks.check(
				"Atelier bougies le 12 mars avec @testbrand ! Réservez votre place, lien en bio. #atelier #DIY",
				"Deux mains versent de la cire dans un pot en verre", Locale.FRENCH, X, BRIEF);

		assertThat(results).extracting(CheckResult::checkId)
			.containsExactly("writing.max_length", "writing.hashtags", "writing.mention", "writing.call_to_action",
					"writing.alt_text", "forbid.forbidden_promises");
		assertThat(results).allMatch(CheckResult::passed);
	}

	@Test
	void the_platforms_own_limit_applies_when_the_target_sets_none() {
		String tooLong = "a".repeat(281);

		CheckResult length = result(WritingChecks.check(tooLong, "", Locale.ENGLISH, X, BRIEF), "writing.max_length");

		assertThat(length.passed()).isFalse();
		assertThat(length.message().en()).isEqualTo("Too long for x: 281 characters, 280 at most.");
	}

	@Test
	void hashtags_are_counted_without_counting_anchors_or_html_entities() {
		List<CheckResult> none = WritingChecks.check("Voir la section https://site.fr/page#faq, c&#39;est fini", "",
				Locale.FRENCH, X, BRIEF);
		List<CheckResult> many = WritingChecks.check("#un #deux #trois @testbrand découvrez", "", Locale.FRENCH, X,
				BRIEF);

		assertThat(result(none, "writing.hashtags").passed()).isFalse();
		assertThat(result(none, "writing.hashtags").findings()).isEmpty();
		assertThat(result(many, "writing.hashtags").findings()).extracting(Finding::excerpt)
			.containsExactly("#un", "#deux", "#trois");
		assertThat(result(many, "writing.hashtags").message().en())
			.isEqualTo("3 hashtags, 2 at most: keep the most useful.");
	}

	@Test
	void the_mention_must_be_the_handle_itself_not_a_longer_one() {
		assertThat(result(WritingChecks.check("Merci @TestBrand", "", Locale.FRENCH, X, BRIEF), "writing.mention")
			.passed()).isTrue();
		assertThat(result(WritingChecks.check("Merci @testbrand_fr", "", Locale.FRENCH, X, BRIEF), "writing.mention")
			.passed()).isFalse();
	}

	@Test
	void a_call_to_action_and_an_alt_text_are_required_when_asked() {
		List<CheckResult> results = WritingChecks.check("Notre atelier revient. @testbrand #atelier", "photo",
				Locale.FRENCH, X, BRIEF);

		assertThat(result(results, "writing.call_to_action").passed()).isFalse();
		assertThat(result(results, "writing.alt_text").passed()).isFalse();
		assertThat(result(results, "writing.alt_text").message().fr())
			.isEqualTo("Texte alternatif absent ou trop court : décrivez l’image en une phrase.");
	}

	@Test
	void the_target_checks_catch_a_forbidden_promise() {
		List<CheckResult> results = WritingChecks.check(
				"Sign up now @testbrand #workshop: free delivery for life for everyone!",
				"Two hands pouring wax into a glass jar", Locale.ENGLISH, X, BRIEF);

		assertThat(result(results, "forbid.forbidden_promises").passed()).isFalse();
	}

}
