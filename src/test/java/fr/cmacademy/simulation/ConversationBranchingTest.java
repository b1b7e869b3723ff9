package fr.cmacademy.simulation;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cmacademy.simulation.RunParts.FeedItem;
import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens later depends on everything the learner did before, not only on the last
 * click: flags, metrics and earlier choices open different events, decisions and
 * outcomes.
 */
class ConversationBranchingTest {

	private final Scenario crisis = Scenarios.crisis();

	private Player middle(String firstAnswer) {
		return new Player(crisis, 7).choose("d1-lea", firstAnswer)
			.choose("d2-troll", "facts-once")
			.choose("d3-statement", "statement")
			.choose("d4-press", "route-to-press");
	}

	@Test
	void same_last_click_opens_a_different_decision_after_a_different_first_answer() {
		RunState apologised = middle("apologise").until("d5-lea-dm").state();
		RunState templated = middle("copy-paste").until("d5-lea-public").state();

		assertThat(ids(apologised.feed())).contains("dm-lea").doesNotContain("c-lea-2");
		assertThat(ids(templated.feed())).contains("c-lea-2", "c-lea-angrier").doesNotContain("dm-lea");
		assertThat(apologised.openedDecisions()).contains("d5-lea-dm").doesNotContain("d5-lea-public");
		assertThat(templated.openedDecisions()).contains("d5-lea-public").doesNotContain("d5-lea-dm");
	}

	@Test
	void same_later_choices_end_differently_after_different_earlier_choices() {
		RunState apologised = middle("apologise").playBest().state();
		RunState templated = middle("copy-paste").playBest().state();

		assertThat(apologised.outcomeId()).isEqualTo("defused");
		assertThat(templated.outcomeId()).isNotEqualTo("defused");
		assertThat(apologised.score()).isGreaterThan(templated.score());
	}

	@Test
	void a_condition_on_a_flag_skips_the_trolls_follow_up_once_the_facts_are_shared() {
		RunState answered = new Player(crisis, 3).choose("d1-lea", "apologise")
			.choose("d2-troll", "facts-once")
			.playBest()
			.state();
		RunState ignored = new Player(crisis, 3).choose("d1-lea", "apologise")
			.choose("d2-troll", "ignore")
			.choose("d3-statement", "case-by-case")
			.playBest()
			.state();

		assertThat(answered.log())
			.contains(new RunEvent.Skipped(skippedAt(answered, "c-max-2"), "c-max-2", "condition"));
		assertThat(ids(ignored.feed())).contains("c-max-2");
	}

	@Test
	void deleting_a_comment_skips_the_replies_under_it_and_hides_them_from_the_public() {
		RunState state = new Player(crisis, 11).choose("d1-lea", "delete").act(new Action.Wait(0)).state();

		assertThat(state.log()).anyMatch(e -> e instanceof RunEvent.Skipped s && s.event().equals("c-paul-1")
				&& s.reason().equals("parent-missing"));
		assertThat(ids(state.visibleFeed())).doesNotContain("c-lea-1").contains("c-lea-deleted");
		assertThat(ids(state.feed())).contains("c-lea-1");
	}

	@Test
	void an_early_end_condition_stops_the_run_before_the_timeline_is_over() {
		RunState state = new Player(crisis, 5).choose("d1-lea", "delete")
			.choose("d2-troll", "sarcasm")
			.choose("d3-statement", "delete-post")
			.playWith("no-answer")
			.state();

		assertThat(state.finished()).isTrue();
		assertThat(state.metric("escalation_risk")).isGreaterThanOrEqualTo(95);
		assertThat(state.outcomeId()).isEqualTo("bad-buzz");
		assertThat(state.clock()).isLessThan(90);
	}

	@Test
	void publishing_a_customers_details_leads_to_the_data_leak_outcome_whatever_else_went_well() {
		RunState state = new Player(crisis, 9).choose("d1-lea", "apologise")
			.choose("d2-troll", "facts-once")
			.choose("d3-statement", "statement")
			.choose("d4-press", "route-to-press")
			.choose("d5-lea-dm", "confirm-publicly")
			.playBest()
			.state();

		assertThat(state.outcomeId()).isEqualTo("data-leak");
	}

	private static int skippedAt(RunState state, String event) {
		return state.log()
			.stream()
			.filter(e -> e instanceof RunEvent.Skipped s && s.event().equals(event))
			.findFirst()
			.orElseThrow()
			.at();
	}

	static List<String> ids(List<FeedItem> feed) {
		return feed.stream().map(FeedItem::id).toList();
	}

}
