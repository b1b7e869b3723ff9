package fr.cmacademy.gradebook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

/**
 * Learners with results written straight into the tables the features own, so a test sets
 * up many states quickly. Each fixture's learners share a unique token in their names.
 */
@Component
public class GradebookFixture {

	public static final String PROGRAMME = "cm-certification";

	private final JdbcClient jdbc;

	private final TestUsers users;

	GradebookFixture(JdbcClient jdbc, TestUsers users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/** A token to put in learners' names, unique to one test. */
	public static String token() {
		return "gb" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** An enrolled learner named {@code name}. */
	public TestUser learner(String name) {
		TestUser user = users.create("learner", Locale.ENGLISH, Roles.LEARNER);
		jdbc.sql("UPDATE app_user SET display_name = :n WHERE id = :id")
			.param("n", name)
			.param("id", user.id())
			.update();
		jdbc.sql("INSERT INTO enrolment (user_id, programme_id, enrolled_at) VALUES (:u, :p, :t)")
			.param("u", user.id())
			.param("p", PROGRAMME)
			.param("t", Timestamp.from(Instant.now()))
			.update();
		return new TestUser(user.id(), user.username(), name);
	}

	public void attempt(long user, String quiz, int number, @Nullable Double percent, boolean provisional,
			boolean submitted) {
		jdbc.sql("""
				INSERT INTO quiz_attempt (user_id, quiz_id, quiz_version, attempt_no, state, seed, started_at,
				  submitted_at, max_marks, marks, percent, provisional, passed)
				VALUES (:u, :q, 1, :n, :state, 1, :t, :sub, 10, :marks, :p, :prov, :passed)
				""")
			.param("u", user)
			.param("q", quiz)
			.param("n", number)
			.param("state", submitted ? "SUBMITTED" : "IN_PROGRESS")
			.param("t", Timestamp.from(Instant.now().minusSeconds(3600 - number)))
			.param("sub", submitted ? Timestamp.from(Instant.now().minusSeconds(1800 - number)) : null)
			.param("marks", percent == null ? null : percent / 10)
			.param("p", percent)
			.param("prov", provisional)
			.param("passed", percent == null || provisional ? null : percent >= 70)
			.update();
	}

	public long run(long user, String scenario, int number, @Nullable Integer percent, boolean passed,
			boolean pendingReview) {
		jdbc.sql("""
				INSERT INTO scenario_run (user_id, scenario_id, scenario_version, run_no, seed, state, started_at,
				  finished_at, score, max_score, percent, passed, pending_review)
				VALUES (:u, :s, 1, :n, 1, :state, :t, :fin, :p, 100, :p, :passed, :pending)
				""")
			.param("u", user)
			.param("s", scenario)
			.param("n", number)
			.param("state", percent == null ? "IN_PROGRESS" : "FINISHED")
			.param("t", Timestamp.from(Instant.now().minusSeconds(600)))
			.param("fin", percent == null ? null : Timestamp.from(Instant.now()))
			.param("p", percent)
			.param("passed", percent == null ? null : passed)
			.param("pending", pendingReview)
			.update();
		return jdbc.sql("SELECT id FROM scenario_run WHERE user_id = :u AND scenario_id = :s AND run_no = :n")
			.param("u", user)
			.param("s", scenario)
			.param("n", number)
			.query(Long.class)
			.single();
	}

	public void submission(long user, String assignment, boolean submitted, @Nullable Double percent) {
		jdbc.sql("""
				INSERT INTO assignment_submission (user_id, assignment_id, assignment_version, body, state, started_at,
				  submitted_at, points, max_points, percent, passed, graded_at)
				VALUES (:u, :a, 1, 'text', :state, :t, :sub, :pts, :max, :p, :passed, :graded)
				""")
			.param("u", user)
			.param("a", assignment)
			.param("state", submitted ? "SUBMITTED" : "DRAFT")
			.param("t", Timestamp.from(Instant.now().minusSeconds(600)))
			.param("sub", submitted ? Timestamp.from(Instant.now()) : null)
			.param("pts", percent == null ? null : percent / 5)
			.param("max", percent == null ? null : 20)
			.param("p", percent)
			.param("passed", percent == null ? null : percent >= 50)
			.param("graded", percent == null ? null : Timestamp.from(Instant.now()))
			.update();
	}

	/** Marks items done (or only started) with some time spent. */
	public void progress(long user, boolean done, int seconds, String... items) {
		for (String item : items) {
			jdbc.sql("""
					INSERT INTO item_progress (user_id, item_id, version, started_at, completed_at, last_seen_at,
					  time_spent_seconds) VALUES (:u, :i, 1, :t, :done, :t, :s)
					""")
				.param("u", user)
				.param("i", item)
				.param("t", Timestamp.from(Instant.now()))
				.param("done", done ? Timestamp.from(Instant.now()) : null)
				.param("s", seconds)
				.update();
		}
	}

	/** The ids of a module's items, in order. */
	public java.util.List<String> items(String moduleId) {
		return jdbc.sql("SELECT id FROM content_item WHERE module_id = :m AND active ORDER BY position")
			.param("m", moduleId)
			.query(String.class)
			.list();
	}

}
