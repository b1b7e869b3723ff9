package fr.cmacademy.simulation;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics answers: numbers within tolerance, choices, anomalies, and trainer-graded
 * text.
 */
class AnalyticsScoringTest {

	private final Scenario dashboard = Scenarios.fixture("analytics.yaml");

	private RunState answer(String question, String value) {
		return Simulation.apply(Simulation.start(dashboard, 1), new Action.Answer(question, value, "fr"));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			6.4    | true
			6,5 %  | true
			6.2    | true
			6.61   | false
			6.19   | false
			64     | false
			""")
	void a_numeric_answer_is_right_within_the_tolerance(String value, boolean right) {
		RunState state = Simulation.apply(answer("q-engagement", value), new Action.Finish());

		Debrief.QuestionReview review = Scoring.debrief(state).questions().get(0);
		assertThat(review.correct()).isEqualTo(right);
		assertThat(review.points()).isEqualTo(right ? 3 : 0);
		assertThat(review.expected()).isEqualTo("6.4 ± 0.2 %");
	}

	@Test
	void answers_can_change_until_the_run_is_finished_and_are_scored_then() {
		RunState state = answer("q-best-format", "carousel");
		state = Simulation.apply(state, new Action.Answer("q-best-format", "video", "en"));
		state = Simulation.apply(state, new Action.Answer("q-anomaly", "day:4", "en"));
		assertThat(state.score()).isZero();

		state = Simulation.apply(state, new Action.Finish());

		assertThat(state.answers().get("q-best-format").value()).isEqualTo("video");
		assertThat(state.score()).isEqualTo(2 + 3);
	}

	@Test
	void an_answer_that_cannot_be_read_is_refused() {
		RunState state = Simulation.start(dashboard, 1);

		assertThat(Simulation.rejection(state, new Action.Answer("q-engagement", "beaucoup", "fr")))
			.contains("'beaucoup' is not a number");
		assertThat(Simulation.rejection(state, new Action.Answer("q-best-format", "reel", "fr")))
			.contains("'reel' is not an option of question 'q-best-format'");
		assertThat(Simulation.rejection(state, new Action.Answer("q-anomaly", "day:9", "fr")))
			.contains("day 9 is outside the period");
	}

	@Test
	void a_text_answer_gets_instant_checks_and_waits_for_the_trainer() {
		String text = "Publier davantage de vidéos courtes le soir, car elles touchent deux fois plus de monde.";
		RunState state = Simulation.apply(answer("q-reco", text), new Action.Finish());

		Debrief pending = Scoring.debrief(state);
		Debrief graded = Scoring.debrief(state, Map.of("question:q-reco", 9));

		assertThat(state.answers().get("q-reco").checks()).singleElement()
			.satisfies(check -> assertThat(check.passed()).isTrue());
		assertThat(pending.reviews()).singleElement().satisfies(review -> {
			assertThat(review.key()).isEqualTo("question:q-reco");
			assertThat(review.maxPoints()).isEqualTo(4);
			assertThat(review.given()).isNull();
		});
		assertThat(pending.verdict()).isEqualTo(Debrief.Verdict.FAILED);
		assertThat(graded.score()).as("grades are clamped to the question's points").isEqualTo(4);
	}

	@Test
	void the_verdict_waits_for_review_when_the_trainers_points_decide_it() {
		RunState state = answer("q-engagement", "6.4");
		state = Simulation.apply(state, new Action.Answer("q-best-format", "video", "fr"));
		state = Simulation.apply(state,
				new Action.Answer("q-reco", "Une recommandation assez longue pour passer.", "fr"));
		state = Simulation.apply(state, new Action.Finish());

		assertThat(Scoring.debrief(state).verdict()).isEqualTo(Debrief.Verdict.PENDING_REVIEW);
		assertThat(Scoring.debrief(state, Map.of("question:q-reco", 3)).verdict()).isEqualTo(Debrief.Verdict.PASSED);
		assertThat(Scoring.debrief(state, Map.of("question:q-reco", 0)).verdict()).isEqualTo(Debrief.Verdict.FAILED);
	}

}
