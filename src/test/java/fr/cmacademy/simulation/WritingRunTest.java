package fr.cmacademy.simulation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writing run keeps the latest draft per target with its checks; a trainer grades the
 * rubric.
 */
class WritingRunTest {

	private final Scenario writing = Scenarios.fixture("writing.yaml");

	@Test
	void a_new_draft_replaces_the_previous_one_and_keeps_count() {
		RunState state = Simulation.start(writing, 1);
		state = Simulation.apply(state, new Action.Submit("t-x", "Atelier le 12 mars", "", "fr"));
		state = Simulation.apply(state,
				new Action.Submit("t-x", "Atelier bougies le 12 mars avec @testbrand : réservez vite ! #atelier",
						"Deux mains versent de la cire dans un pot", "fr"));

		RunParts.Draft draft = state.drafts().get("t-x");
		assertThat(draft.version()).isEqualTo(2);
		assertThat(draft.passed()).isTrue();
		assertThat(state.log()).filteredOn(e -> e instanceof RunEvent.DraftSubmitted)
			.containsExactly(new RunEvent.DraftSubmitted(0, "t-x", 1, false),
					new RunEvent.DraftSubmitted(0, "t-x", 2, true));
	}

	@Test
	void the_rubric_is_graded_by_a_trainer() {
		RunState state = Simulation.start(writing, 1);
		state = Simulation.apply(state, new Action.Submit("t-x", "Atelier le 12 mars @testbrand #atelier", "", "fr"));
		state = Simulation.apply(state,
				new Action.Submit("t-linkedin", "Découvrez notre atelier du 12 mars.", "", "fr"));
		state = Simulation.apply(state, new Action.Finish());

		Debrief pending = Scoring.debrief(state);
		Debrief graded = Scoring.debrief(state, Map.of("rubric:c-tone", 4, "rubric:c-adaptation", 3));

		assertThat(pending.maxScore()).isEqualTo(10);
		assertThat(pending.verdict()).isEqualTo(Debrief.Verdict.PENDING_REVIEW);
		assertThat(pending.reviews()).extracting(Debrief.ReviewMarker::key)
			.containsExactly("rubric:c-tone", "rubric:c-adaptation");
		assertThat(pending.reviews().get(0).text()).contains("t-x:").contains("t-linkedin:");
		assertThat(pending.targets()).hasSize(2);
		assertThat(graded.score()).isEqualTo(7);
		assertThat(graded.percent()).isEqualTo(70);
		assertThat(graded.verdict()).isEqualTo(Debrief.Verdict.PASSED);
	}

	@Test
	void a_writing_run_with_no_draft_fails_without_waiting_for_a_trainer() {
		RunState state = Simulation.apply(Simulation.start(writing, 1), new Action.Finish());

		assertThat(Scoring.debrief(state).verdict()).isEqualTo(Debrief.Verdict.FAILED);
	}

}
