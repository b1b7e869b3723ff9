package fr.cmacademy.quiz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestClock;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.content.TestContent;
import fr.cmacademy.learning.ItemStatus;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.question.ChoiceResponse;
import fr.cmacademy.question.CorrectAnswer;
import fr.cmacademy.question.Response;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attempts against the real database and security: drawing, autosave with revisions,
 * conflicts between tabs, timers kept by the server, grading, events, access per learner.
 */
@IntegrationTest
@RecordApplicationEvents
class QuizAttemptIT {

	@Autowired
	QuizService quizzes;

	@Autowired
	AttemptService attempts;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentSyncService sync;

	@Autowired
	fr.cmacademy.content.ContentCatalog catalog;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	private final List<TestUser> created = new ArrayList<>();

	private QuizFixture fixture;

	@BeforeEach
	void publishTestQuiz() {
		fixture = new QuizFixture("time_limit_minutes: 10\ngrace_seconds: 30\nattempts: 2");
		assertThat(fixture.content.sync(sync).problems()).isEmpty();
	}

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		clock.reset();
		created.forEach(u -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", u.id()).update());
		TestContent.restoreShipped(sync);
	}

	@Test
	void a_learner_must_be_enrolled_to_start() {
		learner(false);
		assertThatThrownBy(() -> quizzes.start(fixture.quizId)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void an_attempt_holds_the_fixed_question_then_three_drawn_without_repeats() {
		learner(true);
		AttemptSheet sheet = attempts.sheet(quizzes.start(fixture.quizId));
		List<String> ids = sheet.slots().stream().map(s -> s.question().id()).toList();
		assertThat(ids).hasSize(4).doesNotHaveDuplicates().startsWith(fixture.id(1));
		assertThat(sheet.attempt().deadline()).isNotNull();
	}

	@Test
	void starting_twice_or_from_two_tabs_at_once_gives_one_attempt() throws Exception {
		TestUser learner = learner(true);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Long>> starts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			starts.add(pool.submit(() -> {
				users.signIn(learner);
				go.await();
				return quizzes.start(fixture.quizId);
			}));
		}
		go.countDown();
		Set<Long> ids = new HashSet<>();
		for (Future<Long> start : starts) {
			ids.add(start.get());
		}
		pool.shutdown();
		assertThat(ids).hasSize(1);
		assertThat(quizzes.start(fixture.quizId)).isEqualTo(ids.iterator().next());
	}

	@Test
	void each_answer_is_saved_at_once_and_read_back_with_its_revision() {
		learner(true);
		long id = quizzes.start(fixture.quizId);
		SaveResult first = attempts.save(id, 0, new ChoiceResponse(Set.of(0)), 0);
		SaveResult second = attempts.save(id, 0, new ChoiceResponse(Set.of(1)), 1);
		assertThat(first).isInstanceOf(SaveResult.Saved.class);
		assertThat(second).isEqualTo(new SaveResult.Saved(2, ((SaveResult.Saved) second).at()));
		AttemptSheet sheet = attempts.sheet(id);
		assertThat(sheet.slots().get(0).response()).isEqualTo(new ChoiceResponse(Set.of(1)));
		assertThat(sheet.slots().get(0).revision()).isEqualTo(2);
	}

	@Test
	void a_stale_page_never_overwrites_a_newer_answer() {
		learner(true);
		long id = quizzes.start(fixture.quizId);
		int slot = slotOf(id, fixture.id(4));
		attempts.save(id, slot, new TextResponse("from the laptop"), 0);
		SaveResult stale = attempts.save(id, slot, new TextResponse("old tab"), 0);
		assertThat(stale).isEqualTo(new SaveResult.Conflict(new TextResponse("from the laptop"), 1));
		assertThat(attempts.sheet(id).slots().get(slot).response()).isEqualTo(new TextResponse("from the laptop"));
	}

	@Test
	void two_sessions_answering_the_same_attempt_never_lose_the_later_answer() throws Exception {
		TestUser learner = learner(true);
		long id = quizzes.start(fixture.quizId);
		int slot = slotOf(id, fixture.id(4));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		for (int round = 0; round < 20; round++) {
			int revision = attempts.sheet(id).slots().get(slot).revision();
			CountDownLatch go = new CountDownLatch(1);
			List<Future<SaveResult>> saves = new ArrayList<>();
			for (String who : List.of("A" + round, "B" + round)) {
				saves.add(pool.submit(() -> {
					users.signIn(learner);
					go.await();
					return attempts.save(id, slot, new TextResponse(who), revision);
				}));
			}
			go.countDown();
			List<SaveResult> results = List.of(saves.get(0).get(), saves.get(1).get());
			// Exactly one wins; the other is told, with the winner's answer, never
			// silently lost.
			assertThat(results).filteredOn(SaveResult.Saved.class::isInstance).hasSize(1);
			SaveResult.Conflict conflict = (SaveResult.Conflict) results.stream()
				.filter(SaveResult.Conflict.class::isInstance)
				.findFirst()
				.orElseThrow();
			Response stored = attempts.sheet(id).slots().get(slot).response();
			assertThat(conflict.current()).isEqualTo(stored);
			assertThat(conflict.revision()).isEqualTo(revision + 1);
			// The loser re-applies on top of the winner: that later answer is kept.
			String later = "later " + round;
			assertThat(attempts.save(id, slot, new TextResponse(later), conflict.revision()))
				.isInstanceOf(SaveResult.Saved.class);
			assertThat(attempts.sheet(id).slots().get(slot).response()).isEqualTo(new TextResponse(later));
		}
		pool.shutdown();
	}

	@Test
	void another_learner_can_neither_read_nor_answer_an_attempt() {
		learner(true);
		long id = quizzes.start(fixture.quizId);
		learner(true);
		assertThatThrownBy(() -> attempts.sheet(id)).isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> attempts.save(id, 0, new ChoiceResponse(Set.of(0)), 0))
			.isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> attempts.submit(id)).isInstanceOf(AttemptNotFoundException.class);
	}

	@Test
	void when_time_is_up_the_attempt_is_submitted_with_the_answers_saved_until_the_grace_ends() {
		learner(true);
		long id = quizzes.start(fixture.quizId);
		AttemptSheet sheet = attempts.sheet(id);
		answerCorrectly(id, sheet, 0);
		clock.advance(Duration.ofMinutes(10).plusSeconds(10));
		// In the grace period: still saved, still counts.
		answerCorrectly(id, sheet, 1);
		clock.advance(Duration.ofSeconds(30));
		assertThat(attempts.save(id, 2, CorrectAnswer.of(sheet.slots().get(2).question().fr()), 0))
			.isInstanceOf(SaveResult.Closed.class);
		AttemptSheet after = attempts.sheet(id);
		assertThat(after.attempt().submitted()).isTrue();
		assertThat(after.attempt().autoSubmitted()).isTrue();
		assertThat(after.attempt().percent()).isEqualTo(50.0);
		assertThat(events.stream(QuizAttemptSubmitted.class)).singleElement()
			.satisfies(e -> assertThat(e.automatic()).isTrue());
	}

	@Test
	void the_page_timer_cannot_end_an_attempt_before_the_server_deadline() {
		learner(true);
		long id = quizzes.start(fixture.quizId);
		assertThat(attempts.timeUp(id).submitted()).isFalse();
		clock.advance(Duration.ofMinutes(10));
		assertThat(attempts.timeUp(id).submitted()).isTrue();
	}

	@Test
	void submitting_twice_grades_once_and_passing_completes_the_quiz_item() {
		learner(true);
		long id = quizzes.start(fixture.quizId);
		AttemptSheet sheet = attempts.sheet(id);
		for (int slot = 0; slot < sheet.slots().size(); slot++) {
			answerCorrectly(id, sheet, slot);
		}
		AttemptSummary first = attempts.submit(id);
		AttemptSummary second = attempts.submit(id);
		assertThat(first.percent()).isEqualTo(100.0);
		assertThat(first.passed()).isTrue();
		assertThat(second).isEqualTo(first);
		assertThat(events.stream(QuizAttemptSubmitted.class)).hasSize(1);
		assertThat(events.stream(QuizPassed.class)).singleElement()
			.satisfies(e -> assertThat(e.grade()).isEqualTo(100.0));
		var module = progress.progress(catalog.module(fixture.content.moduleId).orElseThrow());
		assertThat(module.status(fixture.quizId)).isEqualTo(ItemStatus.DONE);
		assertThat(attempts.save(id, 0, new ChoiceResponse(Set.of(1)), 1)).isInstanceOf(SaveResult.Closed.class);
	}

	@Test
	void the_overview_counts_attempts_and_keeps_the_best_grade() {
		learner(true);
		long first = quizzes.start(fixture.quizId);
		AttemptSheet sheet = attempts.sheet(first);
		answerCorrectly(first, sheet, 0);
		attempts.submit(first);
		long second = quizzes.start(fixture.quizId);
		assertThat(second).isNotEqualTo(first);
		attempts.submit(second);
		QuizOverview overview = quizzes.overview(fixture.quizId);
		assertThat(overview.attempts()).hasSize(2);
		assertThat(overview.grade()).isEqualTo(25.0);
		assertThat(overview.passed()).isFalse();
		assertThat(overview.availability()).isEqualTo(QuizOverview.Availability.NO_ATTEMPTS_LEFT);
		assertThatThrownBy(() -> quizzes.start(fixture.quizId)).isInstanceOf(QuizUnavailableException.class);
	}

	@Test
	void the_review_shows_what_the_settings_allow_right_after_submitting() {
		learner(true);
		long id = quizzes.start(fixture.quizId);
		answerCorrectly(id, attempts.sheet(id), 0);
		attempts.submit(id);
		AttemptReview review = attempts.review(id);
		assertThat(review.shown()).containsExactlyInAnyOrder(fr.cmacademy.content.QuizDefinition.Shown.values());
		assertThat(review.marks()).isEqualTo(1.0);
		assertThat(review.maxMarks()).isEqualTo(4.0);
		assertThat(review.questions().get(0).outcome().status()).isEqualTo(fr.cmacademy.question.Status.CORRECT);
	}

	private void answerCorrectly(long id, AttemptSheet sheet, int slot) {
		AttemptSheet.Slot s = sheet.slots().get(slot);
		int revision = attempts.sheet(id).slots().get(slot).revision();
		assertThat(attempts.save(id, slot, CorrectAnswer.of(s.question().fr()), revision))
			.isInstanceOf(SaveResult.Saved.class);
	}

	private int slotOf(long attemptId, String questionId) {
		return attempts.sheet(attemptId)
			.slots()
			.stream()
			.filter(s -> s.question().id().equals(questionId))
			.findFirst()
			.orElseThrow()
			.slot();
	}

	private TestUser learner(boolean enrolled) {
		TestUser learner = users.create("quiz", Locale.FRENCH, Roles.LEARNER);
		created.add(learner);
		users.signIn(learner);
		if (enrolled) {
			progress.enrol(fixture.content.programmeId);
		}
		return learner;
	}

}
