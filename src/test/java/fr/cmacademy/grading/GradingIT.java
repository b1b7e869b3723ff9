package fr.cmacademy.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.assignment.AssignmentGrading;
import fr.cmacademy.assignment.AssignmentService;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.grading.GradeInput.CriterionInput;
import fr.cmacademy.learning.ItemStatus;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.question.Essay;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.AttemptSheet;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.scenario.ActResult;
import fr.cmacademy.scenario.DebriefService;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.Debrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Grading on the real database and security: work is queued when it is submitted, graded
 * on its rubric as a draft the learner cannot see, released (the owning feature scores
 * it, the learner is notified), changed only with a reason, every step audited; two
 * graders never overwrite each other; learners never reach the queue or another learner's
 * work.
 */
@IntegrationTest
class GradingIT {

	private static final String ASSIGNMENT = "cm-writing-assignment";

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentCatalog content;

	@Autowired
	AssignmentService assignments;

	@Autowired
	AssignmentGrading assignmentGrading;

	@Autowired
	QuizService quizzes;

	@Autowired
	AttemptService attempts;

	@Autowired
	ScenarioService scenarios;

	@Autowired
	DebriefService debriefs;

	@Autowired
	GradingQueueService queue;

	@Autowired
	GradingService grading;

	@Autowired
	FeedbackService feedback;

	private final List<TestUser> created = new ArrayList<>();

	private final List<TestUser> learners = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		created.forEach(u -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", u.id()).update());
	}

	@Test
	void a_submitted_assignment_is_graded_as_a_draft_then_released_and_the_learner_sees_only_the_release() {
		TestUser learner = learner();
		long submission = submitAssignment();
		TestUser trainer = trainer();
		long work = work(WorkKind.ASSIGNMENT, submission, 0);
		GradingWork loaded = queue.work(work);
		assertThat(loaded.entry().state()).isEqualTo(GradeState.WAITING);
		assertThat(loaded.entry().learnerName()).isEqualTo(learner.displayName());
		assertThat(loaded.rubric()).extracting(RubricCriterion::key)
			.containsExactly("pillars", "calendar", "platform-fit", "written-posts", "workflow");
		assertThat(loaded.entry().maxPoints()).isEqualTo(24);
		assertThat(queue.queue(new QueueFilter(WorkKind.ASSIGNMENT, "cm-writing", Set.of(GradeState.WAITING), null,
				learner.username()), 0, 10))
			.extracting(QueueEntry::workId)
			.containsExactly(work);

		grading.saveDraft(work, input(Map.of("pillars", 4.0, "calendar", 5.0)), 0);
		assertThat(queue.work(work).grade().state()).isEqualTo(GradeState.DRAFT);
		assertThat(queue.work(work).grade().points()).isNull();
		assertThatThrownBy(() -> grading.release(work, input(Map.of("pillars", 4.0)), 1))
			.isInstanceOfSatisfying(GradingException.class, ex -> {
				assertThat(ex.key()).isEqualTo("grading.error.points-missing");
				assertThat(ex.criterion()).isEqualTo("calendar");
			});

		users.signIn(learner);
		assertThat(feedback.feedback(WorkKind.ASSIGNMENT, submission, 0)).isEmpty();
		assertThat(assignments.open(ASSIGNMENT).submission().grade()).isNull();

		users.signIn(trainer);
		grading.release(work, fullMarks(
				Map.of("pillars", 4.0, "calendar", 5.0, "platform-fit", 3.0, "written-posts", 4.0, "workflow", 2.0)),
				1);

		users.signIn(learner);
		FeedbackService.Feedback released = feedback.feedback(WorkKind.ASSIGNMENT, submission, 0).orElseThrow();
		assertThat(released.grade().points()).isEqualTo(18.0);
		assertThat(released.grade().criteria().get("calendar").comment()).isEqualTo("Commentaire calendar");
		assertThat(released.grade().comment()).isEqualTo("Bon travail d’ensemble.");
		assertThat(assignments.open(ASSIGNMENT).submission().grade()).satisfies(grade -> {
			assertThat(grade.points()).isEqualTo(18.0);
			assertThat(grade.passed()).isTrue();
		});
		assertThat(progress.progress(content.module("cm-writing").orElseThrow()).status(ASSIGNMENT))
			.isEqualTo(ItemStatus.DONE);
		assertThat(feedback.mine()).extracting(QueueEntry::workId).containsExactly(work);
		assertThat(jdbc.sql("SELECT link FROM notification WHERE user_id = :u AND kind = 'grade-released'")
			.param("u", learner.id())
			.query(String.class)
			.list()).containsExactly("feedback/assignment/" + submission + "/0");
	}

	@Test
	void a_released_grade_changes_only_with_a_reason_and_the_audit_keeps_old_and_new_points() {
		learner();
		long submission = submitAssignment();
		trainer();
		long work = work(WorkKind.ASSIGNMENT, submission, 0);
		Map<String, Double> low = Map.of("pillars", 2.0, "calendar", 2.0, "platform-fit", 2.0, "written-posts", 2.0,
				"workflow", 2.0);
		grading.release(work, fullMarks(low), 0);
		assertThatThrownBy(() -> grading.saveDraft(work, fullMarks(low), 1)).isInstanceOf(GradingException.class);
		Map<String, Double> higher = new LinkedHashMap<>(low);
		higher.put("written-posts", 6.0);
		assertThatThrownBy(() -> grading.change(work, fullMarks(higher), " ", 1))
			.isInstanceOfSatisfying(GradingException.class, ex -> assertThat(ex.criterion()).isEqualTo("reason"));
		grading.change(work, fullMarks(higher), "Second post relu : il est exact et accessible.", 1);

		GradingWork after = queue.work(work);
		assertThat(after.grade().points()).isEqualTo(14.0);
		assertThat(after.audit()).extracting(GradingWork.AuditEntry::action).containsExactly("RELEASE", "CHANGE");
		assertThat(after.audit().get(1)).satisfies(entry -> {
			assertThat(entry.oldPoints()).isEqualTo(10.0);
			assertThat(entry.newPoints()).isEqualTo(14.0);
			assertThat(entry.reason()).isEqualTo("Second post relu : il est exact et accessible.");
		});
		assertThat(jdbc.sql("SELECT passed FROM assignment_submission WHERE id = :id")
			.param("id", submission)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void two_graders_saving_the_same_revision_never_overwrite_each_other() {
		learner();
		long submission = submitAssignment();
		trainer();
		long work = work(WorkKind.ASSIGNMENT, submission, 0);
		grading.saveDraft(work, input(Map.of("pillars", 4.0)), 0);
		trainer();
		assertThatThrownBy(() -> grading.saveDraft(work, input(Map.of("pillars", 0.0)), 0)).isInstanceOfSatisfying(
				GradingException.class, ex -> assertThat(ex.key()).isEqualTo("grading.error.conflict"));
		assertThat(queue.work(work).grade().criteria().get("pillars").points()).isEqualTo(4.0);
	}

	@Test
	void points_outside_the_rubric_are_refused_naming_the_criterion() {
		learner();
		long submission = submitAssignment();
		trainer();
		long work = work(WorkKind.ASSIGNMENT, submission, 0);
		// "pillars" has levels 0, 2 and 3–4: 1 point is on none of them.
		for (double points : new double[] { 1, 5, -1, 2.5 }) {
			assertThatThrownBy(() -> grading.saveDraft(work, input(Map.of("pillars", points)), 0))
				.isInstanceOfSatisfying(GradingException.class, ex -> {
					assertThat(ex.key()).isEqualTo("grading.error.points-range");
					assertThat(ex.criterion()).isEqualTo("pillars");
				});
		}
		assertThat(queue.work(work).grade().state()).isEqualTo(GradeState.WAITING);
	}

	@Test
	void learners_cannot_use_the_queue_nor_read_another_learners_work() {
		learner();
		long submission = submitAssignment();
		long work = work(WorkKind.ASSIGNMENT, submission, 0);
		assertThatThrownBy(() -> queue.queue(QueueFilter.toGrade(), 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> queue.work(work)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> grading.saveDraft(work, input(Map.of()), 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assignmentGrading.release(submission, 20)).isInstanceOf(AccessDeniedException.class);
		trainer();
		grading.release(work, fullMarks(
				Map.of("pillars", 4.0, "calendar", 6.0, "platform-fit", 4.0, "written-posts", 6.0, "workflow", 4.0)),
				0);
		learner();
		assertThat(feedback.feedback(WorkKind.ASSIGNMENT, submission, 0)).isEmpty();
		assertThatThrownBy(() -> assignmentGrading.work(submission)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void an_essay_grade_makes_the_exam_attempt_final() {
		learner();
		long attempt = quizzes.start("cm-certification-exam");
		AttemptSheet sheet = attempts.sheet(attempt);
		AttemptSheet.Slot essay = sheet.slots()
			.stream()
			.filter(s -> s.question().fr() instanceof Essay)
			.findFirst()
			.orElseThrow();
		attempts.save(attempt, essay.slot(),
				new TextResponse("Nous savons que des commandes arrivent en retard. Nous revenons vers vous à 18 h."),
				essay.revision());
		assertThat(attempts.submit(attempt).provisional()).isTrue();
		trainer();
		long work = work(WorkKind.ESSAY, attempt, essay.slot());
		GradingWork loaded = queue.work(work);
		assertThat(loaded.rubric()).singleElement()
			.satisfies(c -> assertThat(c.maxPoints()).isEqualTo(essay.maxMarks()));
		grading.release(work, fullMarks(Map.of("marks", essay.maxMarks())), 0);
		Map<String, Object> row = jdbc.sql("SELECT provisional, marks FROM quiz_attempt WHERE id = :id")
			.param("id", attempt)
			.query()
			.singleRow();
		assertThat(row.get("provisional")).isEqualTo(false);
		assertThat(((Number) row.get("marks")).doubleValue()).isGreaterThanOrEqualTo(essay.maxMarks());
	}

	@Test
	void a_writing_scenario_review_scores_the_run_and_shows_in_its_debrief() {
		learner();
		long run = scenarios.start("cm-writing-launch-posts");
		int seq = 0;
		for (String target : List.of("t-linkedin", "t-instagram", "t-x")) {
			ActResult result = scenarios.act(run,
					new Action.Submit(target, "Notre nouvelle gamme arrive : découvrez-la en boutique dès lundi.",
							"Photo du produit posé sur une table en bois", "fr"),
					seq);
			assertThat(result).isInstanceOf(ActResult.Applied.class);
			seq++;
		}
		assertThat(scenarios.act(run, new Action.Finish(), seq)).isInstanceOf(ActResult.Applied.class);
		assertThat(debriefs.debrief(run).debrief().verdict()).isNotEqualTo(Debrief.Verdict.PASSED);
		trainer();
		long work = work(WorkKind.SCENARIO, run, 0);
		GradingWork loaded = queue.work(work);
		Map<String, Double> top = new LinkedHashMap<>();
		loaded.rubric().forEach(criterion -> top.put(criterion.key(), criterion.maxPoints()));
		assertThat(top).containsKeys("rubric:c-platform-fit", "rubric:c-accuracy", "rubric:c-voice-engagement");
		grading.release(work, fullMarks(top), 0);
		Debrief debrief = debriefs.debrief(run).debrief();
		assertThat(debrief.reviews()).allSatisfy(marker -> assertThat(marker.given()).isEqualTo(marker.maxPoints()));
		assertThat(debrief.score()).isGreaterThan(0);
		assertThat(jdbc.sql("SELECT score FROM scenario_run WHERE id = :id")
			.param("id", run)
			.query(Integer.class)
			.single()).isEqualTo(debrief.score());
	}

	private TestUser learner() {
		TestUser learner = users.create("graded", Locale.FRENCH, Roles.LEARNER);
		created.add(learner);
		learners.add(learner);
		users.signIn(learner);
		progress.enrol("cm-certification");
		return learner;
	}

	/** A trainer of a cohort of every learner of the test so far, signed in. */
	private TestUser trainer() {
		TestUser trainer = users.create("grader", Locale.FRENCH, Roles.TRAINER);
		created.add(trainer);
		users.cohort(trainer, learners.toArray(TestUser[]::new));
		users.signIn(trainer);
		return trainer;
	}

	private long submitAssignment() {
		assignments.open(ASSIGNMENT);
		assignments.save(ASSIGNMENT, "Publication prévue pour la brûlerie. ".repeat(160), 0);
		return assignments.submit(ASSIGNMENT, 1).id();
	}

	private long work(WorkKind kind, long source, int slot) {
		return jdbc.sql("SELECT id FROM grading_work WHERE kind = :k AND source_id = :s AND slot = :slot")
			.param("k", kind.name())
			.param("s", source)
			.param("slot", slot)
			.query(Long.class)
			.single();
	}

	private static GradeInput input(Map<String, Double> points) {
		Map<String, CriterionInput> criteria = new LinkedHashMap<>();
		points.forEach((key, value) -> criteria.put(key, new CriterionInput(value, "")));
		return new GradeInput(criteria, "");
	}

	private static GradeInput fullMarks(Map<String, Double> points) {
		Map<String, CriterionInput> criteria = new LinkedHashMap<>();
		points.forEach((key, value) -> criteria.put(key, new CriterionInput(value, "Commentaire " + key)));
		return new GradeInput(criteria, "Bon travail d’ensemble.");
	}

}
