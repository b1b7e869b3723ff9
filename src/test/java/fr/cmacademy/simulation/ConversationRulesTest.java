package fr.cmacademy.simulation;

import org.junit.jupiter.api.Test;

import fr.cmacademy.simulation.RunParts.Choice;
import fr.cmacademy.simulation.RunParts.Mark;
import fr.cmacademy.simulation.RunParts.MetricPoint;
import fr.cmacademy.simulation.model.Scenario;

import static fr.cmacademy.simulation.ConversationBranchingTest.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a conversation run, on a small fixture. */
class ConversationRulesTest {

	private final Scenario mini = Scenarios.fixture("conversation-mini.yaml");

	@Test
	void a_deadline_without_a_wait_option_closes_the_decision_unanswered() {
		Player player = new Player(mini, 1).until("d-rex");
		int opened = player.state().clock();

		RunState state = player.act(new Action.Wait(30)).state();

		Choice choice = state.choices().get("d-rex");
		assertThat(choice.option()).isNull();
		assertThat(choice.automatic()).isTrue();
		assertThat(choice.at()).isEqualTo(opened + 6);
		assertThat(state.log()).contains(new RunEvent.Chosen(opened + 6, "d-rex", null, true, null));
	}

	@Test
	void a_deadline_with_a_wait_option_applies_it_automatically() {
		Scenario crisis = Scenarios.crisis();
		RunState state = new Player(crisis, 4).until("d1-lea").act(new Action.Wait(25)).state();

		Choice choice = state.choices().get("d1-lea");
		assertThat(choice.option()).isEqualTo("wait");
		assertThat(choice.automatic()).isTrue();
		assertThat(ids(state.feed())).contains("c-lea-angrier");
	}

	@Test
	void a_banned_persona_posts_nothing_more() {
		RunState state = new Player(mini, 1).choose("d-rex", "ban").act(new Action.Wait(20)).state();

		assertThat(state.bannedPersonas()).containsExactly("rex");
		assertThat(state.feed().get(1).has(Mark.BANNED)).isTrue();
		assertThat(state.log()).anyMatch(
				e -> e instanceof RunEvent.Skipped s && s.event().equals("c-rex-2") && s.reason().equals("banned"));
	}

	@Test
	void an_effect_cancels_a_pending_event() {
		RunState state = new Player(mini, 1).choose("d-rex", "hide").playBest().state();

		assertThat(state.log()).anyMatch(e -> e instanceof RunEvent.Skipped s && s.event().equals("c-ana-late")
				&& s.reason().equals("cancelled"));
		assertThat(ids(state.feed())).doesNotContain("c-ana-late");
	}

	@Test
	void an_event_released_by_an_effect_still_checks_its_condition_on_earlier_actions() {
		RunState afterHide = new Player(mini, 1).choose("d-rex", "hide").choose("d-ana", "thank").state();
		RunState afterBan = new Player(mini, 1).choose("d-rex", "ban").choose("d-ana", "thank").state();

		assertThat(ids(afterHide.feed())).contains("c-ana-thanks");
		assertThat(afterBan.log()).anyMatch(e -> e instanceof RunEvent.Skipped s && s.event().equals("c-ana-thanks")
				&& s.reason().equals("condition"));
	}

	@Test
	void a_decision_opens_when_its_condition_on_flags_time_and_earlier_choices_holds() {
		RunState hidden = new Player(mini, 1).choose("d-rex", "hide").choose("d-ana", "like").until("d-second").state();
		RunState banned = new Player(mini, 1).choose("d-rex", "ban").choose("d-ana", "like").playBest().state();

		assertThat(hidden.clock()).isGreaterThanOrEqualTo(8);
		assertThat(banned.openedDecisions()).doesNotContain("d-second");
	}

	@Test
	void free_text_that_passes_its_checks_applies_the_pass_effects_and_is_queued_for_review() {
		RunState good = new Player(mini, 1).choose("d-rex", "hide")
			.write("d-ana", "own", "Merci beaucoup Ana pour ce gentil message !", "fr")
			.playBest()
			.state();
		RunState bad = new Player(mini, 1).choose("d-rex", "hide")
			.write("d-ana", "own", "Quel idiot ce Rex.", "fr")
			.playBest()
			.state();

		assertThat(good.choices().get("d-ana").passed()).isTrue();
		assertThat(good.choices().get("d-ana").points()).isEqualTo(4);
		assertThat(bad.choices().get("d-ana").passed()).isFalse();
		assertThat(bad.choices().get("d-ana").points()).isEqualTo(-1);
		assertThat(good.feed()).anyMatch(item -> item.learnerText() && item.persona().equals("brand")
				&& item.text().fr().startsWith("Merci beaucoup") && "c-ana-1".equals(item.replyTo()));
		Debrief debrief = Scoring.debrief(good);
		assertThat(debrief.reviews()).singleElement()
			.satisfies(review -> assertThat(review.key()).isEqualTo("decision:d-ana"));
	}

	@Test
	void actions_that_do_not_fit_the_state_are_refused_with_a_reason() {
		RunState start = Simulation.start(mini, 1);
		RunState active = new Player(mini, 1).until("d-rex").state();

		assertThat(Simulation.rejection(start, new Action.Choose("d-rex", "hide"))).contains("no decision is open");
		assertThat(Simulation.rejection(active, new Action.Choose("d-ana", "thank")))
			.contains("decision 'd-ana' is not the active one ('d-rex')");
		assertThat(Simulation.rejection(active, new Action.Choose("d-rex", "shout")))
			.contains("decision 'd-rex' has no option 'shout'");
		assertThat(
				Simulation.rejection(active, new Action.Moderate("q01", fr.cmacademy.simulation.model.ActionType.KEEP)))
			.contains("moderate only applies to moderation scenarios");
		RunState finished = Simulation.apply(active, new Action.Finish());
		assertThatThrownBy(() -> Simulation.apply(finished, new Action.Wait(1)))
			.isInstanceOf(IllegalActionException.class)
			.hasMessage("the run is finished");
	}

	@Test
	void choosing_a_free_text_option_without_text_is_refused() {
		RunState state = new Player(mini, 1).choose("d-rex", "hide").until("d-ana").state();

		assertThat(Simulation.rejection(state, new Action.Choose("d-ana", "own")))
			.contains("option 'own' is free text: send the learner's text with Write");
		assertThat(Simulation.rejection(state, new Action.Write("d-ana", "thank", "Merci", "fr")))
			.contains("option 'thank' is not free text: use Choose");
	}

	@Test
	void metric_history_starts_at_minute_zero_and_follows_simulated_time() {
		RunState state = new Player(mini, 1).choose("d-rex", "answer").playBest().state();

		assertThat(state.history().get("mood").get(0)).isEqualTo(new MetricPoint(0, 50));
		assertThat(state.history().get("mood")).isSortedAccordingTo((a, b) -> Integer.compare(a.at(), b.at()));
		assertThat(state.history().get("mood").getLast().value()).isEqualTo(state.metric("mood"));
	}

	@Test
	void the_debrief_shows_the_better_path_where_the_expert_choice_was_missed() {
		RunState state = new Player(mini, 1).choose("d-rex", "answer").choose("d-ana", "like").playBest().state();

		Debrief debrief = Scoring.debrief(state);

		Debrief.DecisionReview rex = debrief.decisions().get(0);
		assertThat(rex.decision()).isEqualTo("d-rex");
		assertThat(rex.chosen()).isEqualTo("answer");
		assertThat(rex.missedBest()).isTrue();
		assertThat(rex.best()).isEqualTo("hide");
		assertThat(rex.bestPoints()).isEqualTo(5);
		assertThat(debrief.maxScore()).isEqualTo(11);
		assertThat(debrief.score()).isEqualTo(2);
		assertThat(debrief.verdict()).isEqualTo(Debrief.Verdict.FAILED);
		assertThat(debrief.outcome().id()).isEqualTo("poor");
		assertThat(debrief.timeline()).containsKey("mood");
	}

	@Test
	void the_best_path_of_the_shipped_crisis_reaches_the_maximum_and_passes() {
		RunState state = new Player(Scenarios.crisis(), 12).playBest().state();

		Debrief debrief = Scoring.debrief(state);

		assertThat(debrief.score()).isEqualTo(debrief.maxScore()).isEqualTo(50);
		assertThat(debrief.percent()).isEqualTo(100);
		assertThat(debrief.verdict()).isEqualTo(Debrief.Verdict.PASSED);
		assertThat(debrief.outcome().id()).isEqualTo("defused");
		assertThat(debrief.decisions()).noneMatch(Debrief.DecisionReview::missedBest);
	}

}
