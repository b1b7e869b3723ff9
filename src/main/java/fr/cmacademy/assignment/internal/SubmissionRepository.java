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

	private static final String COLUMNS = "id, assignment_version, body, revision, saved_at, submitted_at";

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
		return new Submission(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4), instant(rs, 5),
				instant(rs, 6));
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
