package fr.cmacademy.scenario.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.scenario.RunSummary;
import fr.cmacademy.scenario.ScenarioResults.ScenarioResult;

/**
 * Bulk reads of runs for trainers' read models.
 */
@Repository
public class ScenarioResultRepository {

	private static final String COLUMNS = """
			id, user_id, scenario_id, scenario_version, run_no, state, started_at, finished_at, score, max_score, percent,
			passed, pending_review""";

	private final JdbcClient jdbc;

	ScenarioResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, Map<String, ScenarioResult>> results(Collection<Long> userIds, Collection<String> scenarioIds) {
		Map<Long, Map<String, ScenarioResult>> results = new HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM scenario_run WHERE user_id IN (:u) AND scenario_id IN (:s)")
			.param("u", userIds)
			.param("s", scenarioIds)
			.query(rs -> {
				RunSummary run = summary(rs);
				results.computeIfAbsent(run.userId(), k -> new HashMap<>())
					.merge(run.scenarioId(), result(run), ScenarioResultRepository::merge);
			});
		return results;
	}

	private static ScenarioResult result(RunSummary run) {
		return new ScenarioResult(run.finished() ? run : null, 1, !run.finished());
	}

	private static ScenarioResult merge(ScenarioResult a, ScenarioResult b) {
		RunSummary best = a.best();
		if (b.best() != null && (best == null || percent(b.best()) > percent(best))) {
			best = b.best();
		}
		return new ScenarioResult(best, a.runs() + b.runs(), a.inProgress() || b.inProgress());
	}

	private static int percent(RunSummary run) {
		return run.percent() == null ? -1 : run.percent();
	}

	public List<RunSummary> runs(long userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM scenario_run WHERE user_id = :u ORDER BY scenario_id, run_no")
			.param("u", userId)
			.query((rs, n) -> summary(rs))
			.list();
	}

	private static RunSummary summary(ResultSet rs) throws SQLException {
		Timestamp finished = rs.getTimestamp(8);
		return new RunSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
				"FINISHED".equals(rs.getString(6)), rs.getTimestamp(7).toInstant(),
				finished == null ? null : finished.toInstant(), integer(rs, 9), integer(rs, 10), integer(rs, 11),
				(Boolean) rs.getObject(12, Boolean.class), rs.getBoolean(13));
	}

	private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
		return (Integer) rs.getObject(column, Integer.class);
	}

}
