package fr.cmacademy.assignment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.assignment.Submission;

/**
 * Submission rows. Saving a draft is one conditional update on the revision the page saw.
 */
@Repository
public class SubmissionRepository {

	private static final String COLUMNS = """
			id, assignment_version, body, revision, saved_at, submitted_at, points, max_points, percent, passed,
			graded_at, user_id, assignment_id""";

	/** A submission with its owner, for the trainer who grades it. */
	public record OwnedSubmission(long userId, String assignmentId, Submission submission) {
	}

	private final JdbcClient jdbc;

	SubmissionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Submission> find(long userId, String assignmentId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assignment_submission WHERE user_id = :u AND assignment_id = :a")
			.param("u", userId)
			.param("a", assignmentId)
			.query((rs, row) -> submission(rs))
			.optional();
	}

	public Optional<OwnedSubmission> byId(long submissionId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assignment_submission WHERE id = :id")
			.param("id", submissionId)
			.query((rs, row) -> new OwnedSubmission(rs.getLong(12), rs.getString(13), submission(rs)))
			.optional();
	}

	/** Records the grade a trainer released (or changed) for a submitted assignment. */
	public void grade(long submissionId, Submission.Grade grade) {
		jdbc.sql("""
				UPDATE assignment_submission SET points = :p, max_points = :max, percent = :pct, passed = :passed,
				  graded_at = :at
				WHERE id = :id AND state = 'SUBMITTED'
				""")
			.param("p", grade.points())
			.param("max", grade.maxPoints())
			.param("pct", grade.percent())
			.param("passed", grade.passed())
			.param("at", Timestamp.from(grade.gradedAt()))
			.param("id", submissionId)
			.update();
	}

	/** Creates the learner's empty draft unless it exists; true if created. */
	public boolean createDraft(long userId, String assignmentId, int version, Instant now) {
		return jdbc
			.sql("""
					INSERT IGNORE INTO assignment_submission (user_id, assignment_id, assignment_version, body, state, started_at)
					VALUES (:u, :a, :v, '', 'DRAFT', :now)
					""")
			.param("u", userId)
			.param("a", assignmentId)
			.param("v", version)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public boolean saveDraft(long userId, String assignmentId, String text, int revision, Instant now) {
		return jdbc.sql("""
				UPDATE assignment_submission SET body = :t, revision = revision + 1, saved_at = :now
				WHERE user_id = :u AND assignment_id = :a AND revision = :rev AND state = 'DRAFT'
				""")
			.param("t", text)
			.param("now", Timestamp.from(now))
			.param("u", userId)
			.param("a", assignmentId)
			.param("rev", revision)
			.update() == 1;
	}

	public boolean submit(long userId, String assignmentId, int revision, Instant now) {
		return jdbc.sql("""
				UPDATE assignment_submission SET state = 'SUBMITTED', submitted_at = :now
				WHERE user_id = :u AND assignment_id = :a AND revision = :rev AND state = 'DRAFT'
				""")
			.param("now", Timestamp.from(now))
			.param("u", userId)
			.param("a", assignmentId)
			.param("rev", revision)
			.update() == 1;
	}

	private static Submission submission(ResultSet rs) throws SQLException {
		Instant gradedAt = instant(rs, 11);
		Submission.Grade grade = gradedAt == null ? null
				: new Submission.Grade(rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getBoolean(10), gradedAt);
		return new Submission(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4), instant(rs, 5),
				instant(rs, 6), grade);
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
