package fr.cmacademy.scenario.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.scenario.RunSummary;

/**
 * Runs and their append-only action logs.
 */
@Repository
public class RunRepository {

	private static final String COLUMNS = """
			id, user_id, scenario_id, scenario_version, run_no, state, started_at, finished_at, score, max_score, percent,
			passed, pending_review, seed""";

	/** A run row with its seed. */
	public record RunRow(RunSummary summary, long seed) {
	}

	private final JdbcClient jdbc;

	RunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<RunRow> run(long runId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM scenario_run WHERE id = :id")
			.param("id", runId)
			.query((rs, row) -> row(rs))
			.optional();
	}

	public Optional<RunRow> lock(long runId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM scenario_run WHERE id = :id FOR UPDATE")
			.param("id", runId)
			.query((rs, row) -> row(rs))
			.optional();
	}

	public List<RunSummary> runs(long userId, String scenarioId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM scenario_run WHERE user_id = :u AND scenario_id = :s ORDER BY run_no")
			.param("u", userId)
			.param("s", scenarioId)
			.query((rs, row) -> row(rs).summary())
			.list();
	}

	/**
	 * Fails with a duplicate key if the learner already has an open run of the scenario.
	 */
	public long insert(long userId, String scenarioId, int version, int number, long seed, Instant now) {
		return jdbc.sql("""
				INSERT INTO scenario_run (user_id, scenario_id, scenario_version, run_no, seed, state, started_at)
				VALUES (:u, :s, :v, :n, :seed, 'IN_PROGRESS', :now)
				RETURNING id
				""")
			.param("u", userId)
			.param("s", scenarioId)
			.param("v", version)
			.param("n", number)
			.param("seed", seed)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public List<String> actions(long runId) {
		return jdbc.sql("SELECT action FROM scenario_run_action WHERE run_id = :r ORDER BY seq")
			.param("r", runId)
			.query(String.class)
			.list();
	}

	/**
	 * Appends an action at {@code seq}; fails with a duplicate key if that place is
	 * taken.
	 */
	public void append(long runId, int seq, String action, Instant now) {
		jdbc.sql("INSERT INTO scenario_run_action (run_id, seq, action, at) VALUES (:r, :seq, :a, :now)")
			.param("r", runId)
			.param("seq", seq)
			.param("a", action)
			.param("now", Timestamp.from(now))
			.update();
	}

	public void finish(long runId, Instant now, int score, int maxScore, int percent, boolean passed,
			boolean pendingReview) {
		jdbc.sql("""
				UPDATE scenario_run SET state = 'FINISHED', finished_at = :now, score = :score, max_score = :max,
				  percent = :percent, passed = :passed, pending_review = :pending
				WHERE id = :id AND state = 'IN_PROGRESS'
				""")
			.param("now", Timestamp.from(now))
			.param("score", score)
			.param("max", maxScore)
			.param("percent", percent)
			.param("passed", passed)
			.param("pending", pendingReview)
			.param("id", runId)
			.update();
	}

	/** Points a trainer released for the written parts of a run, by review key. */
	public Map<String, Integer> reviews(long runId) {
		Map<String, Integer> grades = new LinkedHashMap<>();
		jdbc.sql("SELECT marker_key, points FROM scenario_run_review WHERE run_id = :r ORDER BY marker_key")
			.param("r", runId)
			.query((RowCallbackHandler) rs -> grades.put(rs.getString(1), rs.getInt(2)));
		return grades;
	}

	public void saveReviews(long runId, Map<String, Integer> grades) {
		grades.forEach((key, points) -> jdbc.sql("""
				INSERT INTO scenario_run_review (run_id, marker_key, points) VALUES (:r, :k, :p)
				ON DUPLICATE KEY UPDATE points = VALUES(points)
				""").param("r", runId).param("k", key).param("p", points).update());
	}

	/** A finished run's score after a trainer's review. */
	public void regrade(long runId, int score, int maxScore, int percent, boolean passed, boolean pendingReview) {
		jdbc.sql("""
				UPDATE scenario_run SET score = :score, max_score = :max, percent = :percent, passed = :passed,
				  pending_review = :pending
				WHERE id = :id AND state = 'FINISHED'
				""")
			.param("score", score)
			.param("max", maxScore)
			.param("percent", percent)
			.param("passed", passed)
			.param("pending", pendingReview)
			.param("id", runId)
			.update();
	}

	private static RunRow row(ResultSet rs) throws SQLException {
		Timestamp finished = rs.getTimestamp(8);
		return new RunRow(new RunSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
				"FINISHED".equals(rs.getString(6)), rs.getTimestamp(7).toInstant(),
				finished == null ? null : finished.toInstant(), integer(rs, 9), integer(rs, 10), integer(rs, 11),
				(Boolean) rs.getObject(12, Boolean.class), rs.getBoolean(13)), rs.getLong(14));
	}

	private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
		return (Integer) rs.getObject(column, Integer.class);
	}

}
