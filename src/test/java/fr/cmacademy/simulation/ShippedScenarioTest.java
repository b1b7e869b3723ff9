package fr.cmacademy.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.cmacademy.simulation.checks.CheckResult;
import fr.cmacademy.simulation.checks.ReplyChecks;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenarios shipped in content/ read cleanly; the crisis scenario plays as designed.
 */
class ShippedScenarioTest {

	static Stream<Path> shipped() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("content/programmes"))) {
			List<Path> scenarios = files
				.filter(f -> f.getFileName().toString().equals("scenario.yaml")
						&& f.getParent().getParent().getFileName().toString().equals("scenarios"))
				.sorted()
				.toList();
			return scenarios.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void every_shipped_scenario_reads_without_problems(Path file) {
		ScenarioReadResult result = Scenarios.read(file);

		assertThat(result.problems()).isEmpty();
		assertThat(result.scenario()).isNotNull();
	}

	@Test
	void the_delivery_crisis_is_a_rich_conversation() {
		Scenario scenario = Scenarios.crisis();

		assertThat(scenario.kind()).isEqualTo(Kind.CONVERSATION);
		assertThat(scenario.conversation().decisions()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(scenario.outcomes()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(scenario.personas()).extracting(p -> p.archetype().name()).contains("TROLL", "UNHAPPY_CUSTOMER");
		assertThat(scenario.conversation().decisions()).flatExtracting(d -> d.options()).anyMatch(Option::freeText);
	}

	@Test
	void the_model_answer_of_the_free_text_decision_passes_its_own_checks_in_both_languages() {
		Scenario scenario = Scenarios.crisis();
		Option own = scenario.conversation().decision("d1-lea").orElseThrow().option("own-words").orElseThrow();

		for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
			List<CheckResult> results = ReplyChecks.check(own.text().in(language), language, own.checks(),
					scenario.brand().brief());
			assertThat(results).as(language.toString()).allMatch(CheckResult::passed);
		}
	}

	@Test
	void every_outcome_of_the_delivery_crisis_is_reachable() {
		Scenario scenario = Scenarios.crisis();

		Explorer.Result result = Explorer.explore(scenario, 0);

		assertThat(result.complete()).isTrue();
		assertThat(result.outcomes())
			.containsExactlyInAnyOrderElementsOf(scenario.outcomes().stream().map(o -> o.id()).toList());
		assertThat(result.maxScore()).isEqualTo(50);
	}

	@Test
	void french_texts_use_typographic_apostrophes() throws IOException {
		List<String> frenchLines = Files.readAllLines(Scenarios.CRISIS)
			.stream()
			.filter(line -> line.strip().startsWith("fr:") || line.strip().startsWith("- fr:"))
			.toList();

		assertThat(frenchLines).isNotEmpty().noneMatch(line -> line.contains("'"));
	}

}
