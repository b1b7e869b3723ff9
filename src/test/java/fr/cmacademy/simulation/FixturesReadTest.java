package fr.cmacademy.simulation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test fixtures of every kind read without problems (they are the valid baselines).
 */
class FixturesReadTest {

	@ParameterizedTest
	@ValueSource(strings = { "conversation-mini.yaml", "moderation.yaml", "analytics.yaml", "writing.yaml" })
	void fixture_reads_without_problems(String name) {
		ScenarioReadResult result = Scenarios.read(Scenarios.FIXTURES.resolve(name));

		assertThat(result.problems()).isEmpty();
		assertThat(result.scenario()).isNotNull();
	}

}
