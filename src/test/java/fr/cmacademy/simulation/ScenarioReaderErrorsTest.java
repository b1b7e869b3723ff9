package fr.cmacademy.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of broken scenario files ({@code src/test/resources/simulation/errors/}), each
 * a valid fixture but for one deliberate mistake, and the exact {@code line: message} an
 * author reads.
 */
class ScenarioReaderErrorsTest {

	private static final Path CASES = Scenarios.FIXTURES.resolve("errors");

	static Stream<Arguments> cases() {
		return Stream.of(
				// Structure
				problems("unknown-root-key",
						"8: unknown key 'colour' (expected one of brand, decisions, ends, flags, id, kind, metrics, minutes, outcomes, pass_score, personas, seed_variants, summary, timeline, title)"),
				problems("unknown-kind",
						"4: unknown kind 'quiz' (expected one of conversation, moderation, analytics, writing)"),
				problems("unclosed-quote", "10: invalid YAML: expected <block end>, but found '<scalar>'"),
				problems("missing-english-text", "98: missing translation: prompt has no English text (en)"),
				problems("missing-asset",
						"26: missing asset 'rex.png': put the file in assets/ next to scenario.yaml (found: workshop.png)"),
				// Unknown ids
				problems("unknown-persona", "49: unknown persona 'ana2' (declared: ana, rex)"),
				problems("unknown-metric-in-effects", "75: unknown metric 'happiness' (declared: mood)"),
				problems("unknown-flag-in-condition", "121: unknown flag 'hidden_rex' (declared: hid_rex)"),
				problems("unknown-decision-in-chose",
						"121: unknown decision 'd-troll' in chose (declared: d-rex, d-ana, d-second)"),
				problems("unknown-option-in-chose",
						"121: unknown option 'banish' of decision 'd-rex' in chose (declared: hide, ban, answer)"),
				problems("best-names-unknown-option", "131: best names unknown option 'pinned' (declared: pin, wait)"),
				problems("duplicate-event-id", "62: duplicate event id 'c-ana-1' (already on line 45)",
						"85: unknown event 'c-ana-late' in cancel (declared: post, c-rex-1, c-ana-1, c-rex-2, c-ana-thanks)"),
				// Conditions, effects, decisions, outcomes
				problems("condition-with-two-forms",
						"134: a condition has exactly one of: metric (with above, below, at_least or at_most), flag, chose, time_after, score_above, action_count, all, any, not (found score_above, flag); combine several with all: [ … ]"),
				problems("metric-condition-without-comparison",
						"138: unknown key 'between' (expected one of above, action_count, all, any, at_least, at_most, below, chose, flag, metric, not, score_above, time_after)",
						"138: a metric condition has the metric and exactly one of above, below, at_least, at_most, e.g. { metric: sentiment, above: 40 }"),
				problems("release-without-trigger",
						"68: event 'c-ana-thanks' has 'trigger: effect' but no effect releases it: add it to a 'release:' list",
						"104: event 'c-ana-late' is released by an effect but has no 'trigger: effect': add it to the event (and remove its 'at')"),
				problems("effect-event-never-released",
						"68: event 'c-ana-thanks' has 'trigger: effect' but no effect releases it: add it to a 'release:' list"),
				problems("reply-without-text",
						"100: option 'thank' publishes a reply: give its 'text', or set 'free_text: true' to let the learner write it"),
				problems("unknown-cue",
						"110: unknown cue 'apology' (expected one of acknowledge, apologise, next_step, thanks, greeting, call_to_action, empathy)"),
				problems("outcomes-without-fallback",
						"142: the last outcome 'poor' has a condition: remove its 'when' so that every run ends with an outcome (final fallback)"),
				problems("unreachable-decision",
						"120: decision 'd-second' never opens in any play-through: check its 'on' and 'when'"),
				// Moderation
				problems("short-moderation-queue",
						"24: the moderation queue has 14 items: it needs at least 20 to train judgement"),
				problems("expected-action-not-offered",
						"131: expected action 'escalate' is not offered (actions: keep, hide, warn, delete, ban)",
						"138: expected action 'escalate' is not offered (actions: keep, hide, warn, delete, ban)"),
				// Analytics
				problems("followers-length",
						"17: followers has 6 values but the period has 7 days: give one value per day"),
				problems("reach-above-impressions", "21: reach (3500) cannot exceed impressions (3000)"),
				problems("choice-answer-not-an-option",
						"38: answer 'reel' is not one of the options (carousel, video, image)"),
				problems("tolerance-on-choice", "39: 'tolerance' does not apply to a choice question"),
				problems("anomaly-unknown-post", "43: unknown post 'p09' (declared: p01, p02, p03)"),
				// Writing
				problems("one-writing-target", "19: a writing brief has 2 or 3 targets (found 1)"),
				problems("alt-text-without-image",
						"24: alt_text is required but the brief has no image: add 'image:' or remove this"));
	}

	private static Arguments problems(String name, String... expected) {
		return Arguments.of(name, List.of(expected));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void each_broken_file_reports_its_mistake_at_its_line(String name, List<String> expected) throws IOException {
		String text = Files.readString(CASES.resolve(name + ".yaml"));

		ScenarioReadResult result = ScenarioReader.read(text, Set.of("workshop.png"));

		assertThat(result.problems()).extracting(SimulationProblem::toString).containsExactlyElementsOf(expected);
		assertThat(result.scenario()).isNull();
	}

	@Test
	void every_file_of_the_corpus_has_a_case() throws IOException {
		List<String> cases = cases().map(arguments -> (String) arguments.get()[0]).toList();
		try (Stream<Path> files = Files.list(CASES)) {
			assertThat(files.map(f -> f.getFileName().toString().replace(".yaml", "")))
				.containsExactlyInAnyOrderElementsOf(cases);
		}
	}

	@Test
	void reading_never_throws_on_odd_input() {
		for (String text : List.of("", "---", "- a list", "id: [", "kind: conversation",
				"\uFEFFkind: moderation\nqueue: 3",
				"kind: conversation\ntimeline: { a: 1 }\ndecisions: 2\noutcomes: []")) {
			ScenarioReadResult result = ScenarioReader.read(text, Set.of());
			assertThat(result.problems()).as(text).isNotEmpty();
			assertThat(result.scenario()).isNull();
		}
	}

}
