package fr.cmacademy.cohort;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.account.AccountService;
import fr.cmacademy.account.LearnerDirectory;
import fr.cmacademy.assignment.AssignmentGrading;
import fr.cmacademy.assignment.AssignmentResults;
import fr.cmacademy.certificate.LearnerCertificates;
import fr.cmacademy.cohort.ScopeFixture.LearnerWork;
import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.gradebook.Activity;
import fr.cmacademy.gradebook.Cell.Status;
import fr.cmacademy.gradebook.Csv;
import fr.cmacademy.gradebook.GradebookExport;
import fr.cmacademy.gradebook.GradebookFixture;
import fr.cmacademy.gradebook.GradebookQuery;
import fr.cmacademy.gradebook.GradebookService;
import fr.cmacademy.gradebook.LearnerRecordService;
import fr.cmacademy.gradebook.LearnerRow;
import fr.cmacademy.grading.FeedbackService;
import fr.cmacademy.grading.GradeInput;
import fr.cmacademy.grading.GradeState;
import fr.cmacademy.grading.GradingQueueService;
import fr.cmacademy.grading.GradingService;
import fr.cmacademy.grading.QueueEntry;
import fr.cmacademy.grading.QueueFilter;
import fr.cmacademy.grading.WorkKind;
import fr.cmacademy.grading.WorkNotFoundException;
import fr.cmacademy.learning.ProgressResults;
import fr.cmacademy.quiz.AttemptNotFoundException;
import fr.cmacademy.quiz.EssayGrading;
import fr.cmacademy.quiz.QuizResults;
import fr.cmacademy.scenario.DebriefService;
import fr.cmacademy.scenario.RunNotFoundException;
import fr.cmacademy.scenario.ScenarioResults;
import fr.cmacademy.scenario.ScenarioReviews;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trainer scope by service call: a trainer of cohort A reaches no learner of cohort B
 * through any service (queue, work, grading, feedback, essays, reviews, debriefs,
 * gradebook page, count and CSV, learner record, every bulk results service,
 * certificates) until they train B too, and again not once they stop; a learner who
 * leaves or an archived cohort ends the scope; admins see everyone.
 */
@IntegrationTest
class TrainerScopeIT {

	private static final String PROGRAMME = "cm-certification";

	@Autowired
	TestUsers users;

	@Autowired
	ScopeFixture scopeFixture;

	@Autowired
	GradebookFixture gradebookFixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainerScope scope;

	@Autowired
	TrainerCohorts cohorts;

	@Autowired
	AccountService accounts;

	@Autowired
	LearnerDirectory directory;

	@Autowired
	GradingQueueService queue;

	@Autowired
	GradingService grading;

	@Autowired
	FeedbackService feedback;

	@Autowired
	AssignmentGrading assignmentGrading;

	@Autowired
	EssayGrading essayGrading;

	@Autowired
	ScenarioReviews reviews;

	@Autowired
	DebriefService debriefs;

	@Autowired
	GradebookService gradebook;

	@Autowired
	GradebookExport export;

	@Autowired
	LearnerRecordService records;

	@Autowired
	ProgressResults progressResults;

	@Autowired
	QuizResults quizResults;

	@Autowired
	ScenarioResults scenarioResults;

	@Autowired
	AssignmentResults assignmentResults;

	@Autowired
	LearnerCertificates certificates;

	String token;

	/** A learner of cohort A, enrolled, with nothing handed in. */
	TestUser ana;

	/** A learner of cohort B with every kind of work. */
	LearnerWork bea;

	TestUser trainerA;

	long cohortA;

	long cohortB;

	@BeforeEach
	void cohorts() {
		token = GradebookFixture.token();
		bea = scopeFixture.learnerWithWork("bea" + token);
		ana = gradebookFixture.learner("Ana " + token);
		trainerA = users.create("trainer-a", Locale.ENGLISH, Roles.TRAINER);
		TestUser trainerB = users.create("trainer-b", Locale.ENGLISH, Roles.TRAINER);
		cohortA = users.cohort(trainerA, ana);
		cohortB = users.cohort(trainerB, bea.learner());
	}

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void a_trainer_of_another_cohort_reaches_the_learner_by_no_service() {
		users.signIn(trainerA);
		assertOutOfScope();
		// Their own learner is there.
		assertThat(gradebook.count(query())).isEqualTo(1);
		assertThat(records.record(ana.id())).isPresent();
		assertThat(cohorts.mine()).extracting(TrainerCohorts.Choice::id).containsExactly(cohortA);
		assertThat(cohorts.find(cohortB)).isEmpty();
		assertThat(scope.sees(trainerA.id(), ana.id())).isTrue();
	}

	@Test
	void training_the_other_cohort_shows_the_learner_and_leaving_it_hides_them_again() {
		users.signIn(trainerA);
		users.join(cohortB, trainerA, "TRAINER");
		assertInScope();
		assertThat(cohorts.mine()).extracting(TrainerCohorts.Choice::id).contains(cohortA, cohortB);
		assertThat(queue.count(byBea().withCohort(cohortB))).isEqualTo(3);
		assertThat(queue.count(byBea().withCohort(cohortA))).isZero();
		assertThat(gradebook.count(query().withCohort(cohortB))).isEqualTo(1);
		assertThat(gradebook.count(query().withCohort(cohortA))).isEqualTo(1);

		users.leave(cohortB, trainerA, "TRAINER");
		assertOutOfScope();
	}

	@Test
	void a_learner_who_leaves_or_a_cohort_archived_is_out_of_scope() {
		users.signIn(trainerA);
		users.join(cohortA, bea.learner(), "LEARNER");
		assertInScope();
		users.leave(cohortA, bea.learner(), "LEARNER");
		assertOutOfScope();

		users.join(cohortA, bea.learner(), "LEARNER");
		assertThat(scope.currentUserSees(bea.learner().id())).isTrue();
		jdbc.sql("UPDATE cohort SET archived = TRUE WHERE id = :c").param("c", cohortA).update();
		assertOutOfScope();
		assertThat(cohorts.mine()).isEmpty();
		assertThat(records.record(ana.id())).isEmpty();
	}

	@Test
	void a_trainer_who_is_only_a_learner_of_the_cohort_does_not_see_its_learners() {
		TestUser both = users.create("both", Locale.ENGLISH, Roles.TRAINER, Roles.LEARNER);
		users.join(cohortB, both, "LEARNER");
		users.signIn(both);
		assertThat(scope.currentUserSees(bea.learner().id())).isFalse();
		assertThat(scope.currentUserSees(both.id())).isTrue();
		assertThat(gradebook.count(query())).isZero();
	}

	@Test
	void admins_see_every_learner_and_may_filter_by_any_cohort() {
		users.signIn(users.create("admin", Locale.ENGLISH, Roles.ADMIN));
		assertInScope();
		assertThat(gradebook.count(query())).isEqualTo(2);
		assertThat(gradebook.count(query().withCohort(cohortB))).isEqualTo(1);
		assertThat(queue.count(byBea().withCohort(cohortA))).isZero();
		assertThat(cohorts.mine()).extracting(TrainerCohorts.Choice::id).contains(cohortA, cohortB);
		assertThatThrownBy(() -> gradebook.count(query().withCohort(-1L))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_cohort_deadline_marks_work_missed_or_late_in_the_gradebook() {
		Instant deadline = Instant.now().minusSeconds(3600);
		jdbc.sql("UPDATE cohort SET deadline = :d WHERE id = :c")
			.param("d", Timestamp.from(deadline))
			.param("c", cohortB)
			.update();
		users.signIn(trainerA);
		users.join(cohortB, trainerA, "TRAINER");
		List<Activity> activities = gradebook.columns(query().withCohort(cohortB)).activities();
		assertThat(activities).allSatisfy(a -> assertThat(a.deadline()).isNotNull().isBeforeOrEqualTo(deadline));
		assertThat(gradebook.columns(query()).activities()).filteredOn(a -> !a.kind().equals("QUIZ"))
			.allSatisfy(a -> assertThat(a.deadline()).isNull());

		LearnerRow row = gradebook.page(query().withCohort(cohortB), 0, 10).getFirst();
		assertThat(row.userId()).isEqualTo(bea.learner().id());
		assertThat(row.cell("cm-profession-quiz").status()).isEqualTo(Status.MISSED);
		assertThat(row.cell("cm-writing-answering-comments").status()).isEqualTo(Status.MISSED);
		assertThat(row.cell("cm-writing-assignment").status()).isEqualTo(Status.GRADED);
		assertThat(row.cell("cm-writing-assignment").late()).as("handed in after the deadline").isTrue();
		assertThat(row.cell("cm-writing-launch-posts").late()).isTrue();
		// Without the cohort filter there is no deadline: nothing is missed or late.
		LearnerRow plain = gradebook.page(query().withText("bea" + token), 0, 10).getFirst();
		assertThat(plain.cell("cm-writing-answering-comments").status()).isEqualTo(Status.NOT_STARTED);
		assertThat(plain.cell("cm-writing-assignment").late()).isFalse();

		jdbc.sql("UPDATE cohort SET deadline = :d WHERE id = :c")
			.param("d", Timestamp.from(Instant.now().plusSeconds(86_400)))
			.param("c", cohortB)
			.update();
		LearnerRow early = gradebook.page(query().withCohort(cohortB), 0, 10).getFirst();
		assertThat(early.cell("cm-writing-assignment").late()).isFalse();
		assertThat(early.cell("cm-writing-answering-comments").status()).isEqualTo(Status.NOT_STARTED);
	}

	private void assertOutOfScope() {
		long learner = bea.learner().id();
		assertThat(scope.currentUserSees(learner)).isFalse();
		assertThat(accounts.mayRead(learner)).isFalse();
		assertThat(directory.learner(learner)).isEmpty();
		// Grading queue and work.
		assertThat(queue.count(byBea())).isZero();
		assertThat(queue.queue(byBea(), 0, 50)).isEmpty();
		assertThat(queue.queue(new QueueFilter(null, null, Set.of(GradeState.values()), null, null), 0, 500))
			.extracting(QueueEntry::learnerId)
			.doesNotContain(learner);
		assertThatThrownBy(() -> queue.count(byBea().withCohort(cohortB))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> queue.work(bea.essayWork())).isInstanceOf(WorkNotFoundException.class);
		assertThatThrownBy(() -> queue.next(bea.runWork(), byBea())).isInstanceOf(WorkNotFoundException.class);
		assertThatThrownBy(() -> grading.saveDraft(bea.essayWork(), new GradeInput(Map.of(), ""), 0))
			.isInstanceOf(WorkNotFoundException.class);
		assertThatThrownBy(() -> grading.release(bea.runWork(), new GradeInput(Map.of(), ""), 0))
			.isInstanceOf(WorkNotFoundException.class);
		assertThatThrownBy(() -> grading.change(bea.assignmentWork(), new GradeInput(Map.of(), ""), "why", 1))
			.isInstanceOf(WorkNotFoundException.class);
		assertThat(feedback.feedback(WorkKind.ASSIGNMENT, bea.submission(), 0)).isEmpty();
		// The features' own grading services.
		assertThatThrownBy(() -> assignmentGrading.work(bea.submission())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assignmentGrading.release(bea.submission(), 10))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> essayGrading.essay(bea.attempt(), bea.essaySlot()))
			.isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> essayGrading.release(bea.attempt(), bea.essaySlot(), 1))
			.isInstanceOf(AttemptNotFoundException.class);
		assertThatThrownBy(() -> reviews.work(bea.run())).isInstanceOf(RunNotFoundException.class);
		assertThatThrownBy(() -> reviews.release(bea.run(), Map.of())).isInstanceOf(RunNotFoundException.class);
		assertThatThrownBy(() -> debriefs.debrief(bea.run())).isInstanceOf(RunNotFoundException.class);
		// Gradebook, export and record.
		assertThat(gradebook.count(query().withText("bea" + token))).isZero();
		assertThat(gradebook.page(query(), 0, 50)).extracting(LearnerRow::userId).doesNotContain(learner);
		assertThatThrownBy(() -> gradebook.count(query().withCohort(cohortB)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> gradebook.columns(query().withCohort(cohortB)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(csv()).doesNotContain("bea" + token);
		assertThat(records.record(learner)).isEmpty();
		// Bulk reads.
		assertThat(progressResults.count(PROGRAMME, "bea" + token, null)).isZero();
		assertThat(progressResults.progress(List.of(learner), List.of("cm-writing-assignment"))).isEmpty();
		assertThatThrownBy(() -> progressResults.enrolments(learner)).isInstanceOf(AccessDeniedException.class);
		assertThat(quizResults.results(List.of(learner), Map.of("cm-certification-exam", Grading.HIGHEST))).isEmpty();
		assertThatThrownBy(() -> quizResults.attempts(learner)).isInstanceOf(AccessDeniedException.class);
		assertThat(scenarioResults.results(List.of(learner), List.of("cm-writing-launch-posts"))).isEmpty();
		assertThatThrownBy(() -> scenarioResults.runs(learner)).isInstanceOf(AccessDeniedException.class);
		assertThat(assignmentResults.results(List.of(learner), List.of("cm-writing-assignment"))).isEmpty();
		assertThatThrownBy(() -> assignmentResults.submissions(learner)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> certificates.of(learner)).isInstanceOf(AccessDeniedException.class);
	}

	private void assertInScope() {
		long learner = bea.learner().id();
		assertThat(scope.currentUserSees(learner)).isTrue();
		assertThat(accounts.mayRead(learner)).isTrue();
		assertThat(directory.learner(learner)).isPresent();
		assertThat(queue.count(byBea())).isEqualTo(3);
		assertThat(queue.work(bea.essayWork()).entry().learnerId()).isEqualTo(learner);
		assertThat(queue.next(bea.essayWork(), byBea())).isPresent();
		assertThat(feedback.feedback(WorkKind.ASSIGNMENT, bea.submission(), 0)).isPresent();
		assertThat(assignmentGrading.work(bea.submission()).learnerId()).isEqualTo(learner);
		assertThat(essayGrading.essay(bea.attempt(), bea.essaySlot()).learnerId()).isEqualTo(learner);
		assertThat(reviews.work(bea.run()).run().userId()).isEqualTo(learner);
		assertThat(debriefs.debrief(bea.run()).own()).isFalse();
		assertThat(gradebook.count(query().withText("bea" + token))).isEqualTo(1);
		assertThat(csv()).contains("bea" + token);
		assertThat(records.record(learner)).hasValueSatisfying(r -> {
			assertThat(r.attempts()).hasSize(1);
			assertThat(r.runs()).hasSize(1);
			assertThat(r.submissions()).hasSize(1);
		});
		assertThat(progressResults.enrolments(learner)).isNotEmpty();
		assertThat(quizResults.results(List.of(learner), Map.of("cm-certification-exam", Grading.HIGHEST)))
			.containsKey(learner);
		assertThat(scenarioResults.runs(learner)).hasSize(1);
		assertThat(assignmentResults.results(List.of(learner), List.of("cm-writing-assignment"))).containsKey(learner);
		assertThat(certificates.of(learner)).isEmpty();
	}

	private QueueFilter byBea() {
		return new QueueFilter(null, null, Set.of(GradeState.values()), null, bea.learner().username());
	}

	private GradebookQuery query() {
		return GradebookQuery.of(PROGRAMME).withText(token);
	}

	private String csv() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			export.write(query(), Csv.COMMA, Locale.ENGLISH, out);
			return out.toString(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
