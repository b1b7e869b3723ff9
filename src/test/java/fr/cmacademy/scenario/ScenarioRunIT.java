package fr.cmacademy.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.learning.ItemStatus;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs of the shipped scenarios against the real database: every action logged before it
 * shows, stale pages refused, runs replayed identically, completion scored once and fed
 * to progress, runs private to their learner (and open to trainers for the debrief).
 */
@IntegrationTest
@RecordApplicationEvents
class ScenarioRunIT {

	private static final String MODERATION = "cm-moderation-charter-queue";

	private static final String CRISIS = "crisis-lumen-delivery";

	@Autowired
	ScenarioService scenarios;

	@Autowired
	DebriefService debriefs;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private final List<TestUser> created = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		created.forEach(u -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", u.id()).update());
	}

	@Test
	void a_learner_must_be_enrolled_to_start() {
		learner(false);
		assertThatThrownBy(() -> scenarios.start(CRISIS)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void starting_twice_gives_the_same_run_and_a_reload_replays_it_exactly() {
		learner(true);
		long run = scenarios.start(CRISIS);
		assertThat(scenarios.start(CRISIS)).isEqualTo(run);
		RunView first = scenarios.run(run);
		ActResult waited = scenarios.act(run, new Action.Wait(0), first.seq());
		assertThat(waited).isInstanceOf(ActResult.Applied.class);
		RunView applied = ((ActResult.Applied) waited).view();
		RunView reloaded = scenarios.run(run);
		assertThat(reloaded.seq()).isEqualTo(1);
		assertThat(reloaded.state()).isEqualTo(applied.state());
		assertThat(reloaded.state().log()).isEqualTo(applied.state().log());
		assertThat(events.stream(ScenarioStarted.class)).hasSize(1);
	}

	@Test
	void an_action_from_a_stale_page_is_refused_and_the_current_run_returned() {
		learner(true);
		long run = scenarios.start(CRISIS);
		scenarios.act(run, new Action.Wait(0), 0);
		ActResult stale = scenarios.act(run, new Action.Wait(0), 0);
		assertThat(stale).isInstanceOf(ActResult.Stale.class);
		assertThat(((ActResult.Stale) stale).view().seq()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM scenario_run_action WHERE run_id = :r")
			.param("r", run)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void an_action_the_engine_does_not_allow_is_rejected_with_a_reason() {
		learner(true);
		long run = scenarios.start(CRISIS);
		ActResult result = scenarios.act(run, new Action.Choose("no-such-decision", "x"), 0);
		assertThat(result).isInstanceOf(ActResult.Rejected.class);
		assertThat(((ActResult.Rejected) result).reason()).isNotBlank();
	}

	@Test
	void moderating_the_whole_queue_by_the_book_passes_and_completes_the_item() {
		learner(true);
		long run = scenarios.start(MODERATION);
		RunView view = scenarios.run(run);
		Moderation queue = (Moderation) view.scenario().body();
		int seq = view.seq();
		for (var item : queue.queue()) {
			ActResult result = scenarios.act(run, new Action.Moderate(item.id(), item.expected().get(0)), seq++);
			assertThat(result).isInstanceOf(ActResult.Applied.class);
		}
		RunView last = scenarios.run(run);
		if (!last.state().finished()) {
			assertThat(scenarios.act(run, new Action.Finish(), last.seq())).isInstanceOf(ActResult.Applied.class);
		}
		RunSummary summary = scenarios.run(run).run();
		assertThat(summary.finished()).isTrue();
		assertThat(summary.passed()).isTrue();
		assertThat(summary.percent()).isEqualTo(100);
		assertThat(events.stream(ScenarioCompleted.class)).singleElement()
			.satisfies(e -> assertThat(e.passed()).isTrue());
		var module = catalog.module("cm-moderation").orElseThrow();
		assertThat(progress.progress(module).status(MODERATION)).isEqualTo(ItemStatus.DONE);
		assertThat(debriefs.debrief(run).debrief().moderation().values())
			.allSatisfy(counts -> assertThat(counts.over() + counts.under()).isZero());
	}

	@Test
	void keeping_everything_is_reported_as_under_moderation() {
		learner(true);
		long run = scenarios.start(MODERATION);
		RunView view = scenarios.run(run);
		int seq = view.seq();
		for (var item : ((Moderation) view.scenario().body()).queue()) {
			scenarios.act(run, new Action.Moderate(item.id(), ActionType.KEEP), seq++);
		}
		RunView last = scenarios.run(run);
		if (!last.state().finished()) {
			scenarios.act(run, new Action.Finish(), last.seq());
		}
		var debrief = debriefs.debrief(run).debrief();
		assertThat(debrief.moderation().values().stream().mapToInt(c -> c.under()).sum()).isPositive();
		assertThat(scenarios.run(run).run().passed()).isFalse();
	}

	@Test
	void a_run_is_private_to_its_learner_but_their_trainer_can_open_its_debrief() {
		TestUser player = learner(true);
		long run = scenarios.start(MODERATION);
		RunView view = scenarios.run(run);
		int seq = view.seq();
		for (var item : ((Moderation) view.scenario().body()).queue()) {
			scenarios.act(run, new Action.Moderate(item.id(), item.expected().get(0)), seq++);
		}
		RunView last = scenarios.run(run);
		if (!last.state().finished()) {
			scenarios.act(run, new Action.Finish(), last.seq());
		}
		learner(true);
		assertThatThrownBy(() -> scenarios.run(run)).isInstanceOf(RunNotFoundException.class);
		assertThatThrownBy(() -> debriefs.debrief(run)).isInstanceOf(RunNotFoundException.class);
		TestUser trainer = users.create("trainer", Locale.FRENCH, Roles.TRAINER);
		created.add(trainer);
		users.signIn(trainer);
		assertThatThrownBy(() -> debriefs.debrief(run)).as("not a trainer of the player's cohort")
			.isInstanceOf(RunNotFoundException.class);
		users.cohort(trainer, player);
		assertThat(debriefs.debrief(run).own()).isFalse();
		assertThatThrownBy(() -> scenarios.run(run)).isInstanceOf(AccessDeniedException.class);
	}

	private TestUser learner(boolean enrolled) {
		TestUser learner = users.create("player", Locale.FRENCH, Roles.LEARNER);
		created.add(learner);
		users.signIn(learner);
		if (enrolled) {
			progress.enrol("cm-certification");
		}
		return learner;
	}

}
