package fr.cmacademy.simulation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cmacademy.simulation.Debrief.ItemVerdict;
import fr.cmacademy.simulation.Debrief.ModerationCounts;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.ModerationItem;
import fr.cmacademy.simulation.model.ModerationItem.Category;
import fr.cmacademy.simulation.model.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderation queue is scored per item and balanced per category: heavier than expected
 * is over-moderation, lighter is under-moderation, an unexpected escalation is over.
 */
class ModerationScoringTest {

	private final Scenario queue = Scenarios.fixture("moderation.yaml");

	private RunState moderate(Map<String, ActionType> decisions) {
		RunState state = Simulation.start(queue, 1);
		for (ModerationItem item : queue.moderation().queue()) {
			ActionType action = decisions.getOrDefault(item.id(), item.best());
			state = Simulation.apply(state, new Action.Moderate(item.id(), action));
		}
		return state;
	}

	@Test
	void the_best_action_everywhere_earns_every_point_and_finishes_the_run() {
		RunState state = moderate(Map.of());

		Debrief debrief = Scoring.debrief(state);

		assertThat(state.finished()).isTrue();
		assertThat(debrief.score()).isEqualTo(debrief.maxScore()).isEqualTo(42);
		assertThat(debrief.verdict()).isEqualTo(Debrief.Verdict.PASSED);
		assertThat(debrief.moderation().values()).allMatch(c -> c.over() == 0 && c.under() == 0);
	}

	@Test
	void over_and_under_moderation_are_counted_per_category() {
		RunState state = moderate(Map.of("q10", ActionType.DELETE, // criticism deleted:
																	// over
				"q11", ActionType.HIDE, // criticism hidden: over
				"q05", ActionType.KEEP, // hate kept: under
				"q01", ActionType.HIDE, // spam hidden: under
				"q03", ActionType.WARN, // insult warned: acceptable
				"q07", ActionType.HIDE, // harassment hidden, between warn and delete?
										// below warn: under
				"q17", ActionType.ESCALATE, // legitimate escalated: over
				"q15", ActionType.DELETE)); // legal risk deleted instead of escalated:
											// under

		Debrief debrief = Scoring.debrief(state);
		Map<Category, ModerationCounts> counts = debrief.moderation();

		assertThat(counts.get(Category.CRITICISM)).isEqualTo(new ModerationCounts(3, 1, 0, 2, 0, 0, 0));
		assertThat(counts.get(Category.HATE)).isEqualTo(new ModerationCounts(2, 1, 0, 0, 1, 0, 0));
		assertThat(counts.get(Category.SPAM)).isEqualTo(new ModerationCounts(2, 1, 0, 0, 1, 0, 0));
		assertThat(counts.get(Category.INSULT)).isEqualTo(new ModerationCounts(2, 1, 1, 0, 0, 0, 0));
		assertThat(counts.get(Category.HARASSMENT).under()).isEqualTo(1);
		assertThat(counts.get(Category.LEGITIMATE).over()).isEqualTo(1);
		assertThat(counts.get(Category.LEGAL_RISK).under()).isEqualTo(1);
	}

	@Test
	void an_acceptable_action_earns_half_the_points_rounded_up() {
		RunState state = moderate(Map.of("q03", ActionType.WARN));

		assertThat(state.moderation().get("q03").points()).isEqualTo(1);
		assertThat(Scoring.debrief(state).items()).filteredOn(i -> i.item().equals("q03"))
			.singleElement()
			.satisfies(i -> assertThat(i.verdict()).isEqualTo(ItemVerdict.ACCEPTABLE));
	}

	@Test
	void an_action_between_the_expected_ones_is_wrong_but_neither_over_nor_under() {
		ModerationItem item = queue.moderation().item("q07").orElseThrow();
		ModerationItem between = new ModerationItem("x", "troll", item.type(), null, null, item.text(),
				Category.HARASSMENT, java.util.List.of(ActionType.HIDE, ActionType.DELETE), item.explanation(), 2,
				Map.of());

		assertThat(Scoring.verdict(between, ActionType.WARN)).isEqualTo(ItemVerdict.WRONG);
		assertThat(Scoring.verdict(between, ActionType.BAN)).isEqualTo(ItemVerdict.OVER);
		assertThat(Scoring.verdict(between, ActionType.KEEP)).isEqualTo(ItemVerdict.UNDER);
		assertThat(Scoring.verdict(between, null)).isEqualTo(ItemVerdict.MISSED);
	}

	@Test
	void moderation_outcomes_move_metrics() {
		RunState state = moderate(Map.of("q05", ActionType.KEEP, "q10", ActionType.DELETE));

		assertThat(state.metric("trust")).isEqualTo(50 - 10 - 8);
	}

	@Test
	void an_item_is_moderated_once_and_only_with_offered_actions() {
		RunState state = Simulation.apply(Simulation.start(queue, 1), new Action.Moderate("q01", ActionType.DELETE));

		assertThat(Simulation.rejection(state, new Action.Moderate("q01", ActionType.BAN)))
			.contains("item 'q01' was already moderated");
		assertThat(Simulation.rejection(state, new Action.Moderate("q99", ActionType.BAN)))
			.contains("no queue item 'q99'");
		assertThat(Simulation.rejection(state, new Action.Moderate("q02", ActionType.PIN)))
			.contains("action 'pin' is not offered");
	}

	@Test
	void items_left_unmoderated_when_the_learner_finishes_count_as_missed() {
		RunState state = Simulation.apply(Simulation.start(queue, 1), new Action.Finish());

		Debrief debrief = Scoring.debrief(state);

		assertThat(debrief.items()).allMatch(i -> i.verdict() == ItemVerdict.MISSED);
		assertThat(debrief.score()).isZero();
		assertThat(debrief.verdict()).isEqualTo(Debrief.Verdict.FAILED);
	}

}
