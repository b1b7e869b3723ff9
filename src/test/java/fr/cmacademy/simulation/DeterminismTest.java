package fr.cmacademy.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run is a pure function of scenario, seed and actions: same inputs, same state, log
 * and score; a stored run resumes exactly where it stopped.
 */
class DeterminismTest {

	private final Scenario crisis = Scenarios.crisis();

	private Player someRun(long seed) {
		return new Player(crisis, seed).choose("d1-lea", "apologise")
			.choose("d2-troll", "hide")
			.choose("d3-statement", "ask-pr")
			.playWith("escalate-only");
	}

	@Test
	void the_same_seed_and_actions_give_the_same_state_log_and_score() {
		Player first = someRun(2024);
		Player second = someRun(2024);

		assertThat(second.state()).isEqualTo(first.state());
		assertThat(second.state().log()).isEqualTo(first.state().log());
		assertThat(Scoring.debrief(second.state())).isEqualTo(Scoring.debrief(first.state()));
		assertThat(Simulation.replay(crisis, 2024, first.actions())).isEqualTo(first.state());
	}

	@Test
	void different_seeds_pick_different_text_variants_and_times() {
		Set<Integer> variants = new HashSet<>();
		Set<Integer> minutes = new HashSet<>();
		for (long seed = 1; seed <= 20; seed++) {
			RunState state = new Player(crisis, seed).until("d1-lea").state();
			RunEvent.Released lea = state.log()
				.stream()
				.filter(e -> e instanceof RunEvent.Released r && r.event().equals("c-lea-1"))
				.map(RunEvent.Released.class::cast)
				.findFirst()
				.orElseThrow();
			variants.add(lea.variant());
			minutes.add(lea.at());
		}

		assertThat(variants).containsExactlyInAnyOrder(0, 1);
		assertThat(minutes).hasSizeGreaterThan(1).allMatch(m -> m >= 3 && m <= 3 + Schedule.MAX_JITTER);
	}

	@Test
	void seed_variants_false_keeps_written_texts_and_times() {
		Scenario fixed = new Scenario(crisis.id(), crisis.kind(), crisis.title(), crisis.summary(), crisis.minutes(),
				crisis.passScore(), false, crisis.brand(), crisis.personas(), crisis.metrics(), crisis.flags(),
				crisis.outcomes(), crisis.body());

		for (long seed = 1; seed <= 10; seed++) {
			RunState state = new Player(fixed, seed).until("d1-lea").state();
			assertThat(state.log()).contains(new RunEvent.Released(3, "c-lea-1", 0));
		}
	}

	@Test
	void a_run_stored_as_encoded_actions_resumes_identically() {
		Player player = new Player(crisis, 99).choose("d1-lea", "apologise")
			.choose("d2-troll", "facts-once")
			.choose("d3-statement", "statement");
		List<Action> sofar = player.actions().subList(0, 3);
		RunState before = Simulation.replay(crisis, 99, sofar);

		List<String> stored = sofar.stream().map(ActionCodec::encode).toList();
		RunState resumed = Simulation.replay(crisis, 99, ActionCodec.decodeAll(stored));

		assertThat(resumed).isEqualTo(before);
		assertThat(resumed.log()).isEqualTo(before.log());
		Action next = player.actions().get(3);
		assertThat(Simulation.apply(resumed, next)).isEqualTo(Simulation.apply(before, next));
		RunState finished = Simulation.replay(crisis, 99, player.actions());
		assertThat(finished).isEqualTo(player.state());
	}

}
