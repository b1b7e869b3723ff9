package fr.cmacademy.cohort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.assignment.AssignmentService;
import fr.cmacademy.grading.GradeInput;
import fr.cmacademy.grading.GradeInput.CriterionInput;
import fr.cmacademy.grading.GradingService;
import fr.cmacademy.grading.WorkKind;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.question.Essay;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.AttemptSheet;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.Action;

/**
 * A learner with one piece of every kind of work a trainer can reach, made through the
 * real services: a submitted assignment (graded and released by an admin, so it has
 * feedback), an exam attempt with an essay waiting for a grade, and a finished writing
 * scenario run waiting for review.
 */
@Component
public class ScopeFixture {

	/** The learner and the ids of their work. */
	public record LearnerWork(TestUser learner, long submission, long assignmentWork, long attempt, int essaySlot,
			long essayWork, long run, long runWork) {
	}

	private final TestUsers users;

	private final ProgressService progress;

	private final AssignmentService assignments;

	private final QuizService quizzes;

	private final AttemptService attempts;

	private final ScenarioService scenarios;

	private final GradingService grading;

	private final JdbcClient jdbc;

	ScopeFixture(TestUsers users, ProgressService progress, AssignmentService assignments, QuizService quizzes,
			AttemptService attempts, ScenarioService scenarios, GradingService grading, JdbcClient jdbc) {
		this.users = users;
		this.progress = progress;
		this.assignments = assignments;
		this.quizzes = quizzes;
		this.attempts = attempts;
		this.scenarios = scenarios;
		this.grading = grading;
		this.jdbc = jdbc;
	}

	/** A learner named {@code prefix} with their work; leaves nobody signed in. */
	public LearnerWork learnerWithWork(String prefix) {
		TestUser learner = users.create(prefix, Locale.FRENCH, Roles.LEARNER);
		users.signIn(learner);
		progress.enrol("cm-certification");
		assignments.open("cm-writing-assignment");
		assignments.save("cm-writing-assignment", "Publication prévue pour la brûlerie. ".repeat(160), 0);
		long submission = assignments.submit("cm-writing-assignment", 1).id();

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
		attempts.submit(attempt);

		long run = scenarios.start("cm-writing-launch-posts");
		int seq = 0;
		for (String target : List.of("t-linkedin", "t-instagram", "t-x")) {
			scenarios.act(run, new Action.Submit(target, "Notre nouvelle gamme arrive : découvrez-la dès lundi.",
					"Photo du produit posé sur une table en bois", "fr"), seq++);
		}
		scenarios.act(run, new Action.Finish(), seq);

		long assignmentWork = work(WorkKind.ASSIGNMENT, submission, 0);
		users.signIn(users.create("scope-admin", Locale.FRENCH, Roles.ADMIN));
		Map<String, CriterionInput> top = new LinkedHashMap<>();
		Map.of("pillars", 4.0, "calendar", 6.0, "platform-fit", 4.0, "written-posts", 6.0, "workflow", 4.0)
			.forEach((key, points) -> top.put(key, new CriterionInput(points, "")));
		grading.release(assignmentWork, new GradeInput(top, "Bon travail."), 0);
		TestUsers.signOut();
		return new LearnerWork(learner, submission, assignmentWork, attempt, essay.slot(),
				work(WorkKind.ESSAY, attempt, essay.slot()), run, work(WorkKind.SCENARIO, run, 0));
	}

	private long work(WorkKind kind, long source, int slot) {
		return jdbc.sql("SELECT id FROM grading_work WHERE kind = :k AND source_id = :s AND slot = :slot")
			.param("k", kind.name())
			.param("s", source)
			.param("slot", slot)
			.query(Long.class)
			.single();
	}

}
