package fr.cmacademy.assignment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.assignment.AssignmentResults.AssignmentResult;

/**
 * Bulk reads of submissions for trainers' read models. The released comment is read from
 * the grading work row of the submission, and only once it is released.
 */
@Repository
public class AssignmentResultRepository {

	private static final String SELECT = """
			SELECT s.id, s.user_id, s.assignment_id, s.state, s.started_at, s.submitted_at, s.points, s.max_points,
			  s.percent, s.passed, s.graded_at, %s
			FROM assignment_submission s
			""";

	private final JdbcClient jdbc;

	AssignmentResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, Map<String, AssignmentResult>> results(Collection<Long> userIds,
			Collection<String> assignmentIds) {
		Map<Long, Map<String, AssignmentResult>> results = new HashMap<>();
		jdbc.sql(SELECT.formatted("NULL") + " WHERE s.user_id IN (:u) AND s.assignment_id IN (:a)")
			.param("u", userIds)
			.param("a", assignmentIds)
			.query(rs -> {
				results.computeIfAbsent(rs.getLong(2), k -> new HashMap<>()).put(rs.getString(3), result(rs));
			});
		return results;
	}

	public List<AssignmentResult> submissions(long userId) {
		return jdbc.sql(SELECT.formatted("g.comment") + """
				LEFT JOIN grading_work g ON g.kind = 'ASSIGNMENT' AND g.source_id = s.id AND g.slot = 0
				  AND g.state = 'RELEASED'
				WHERE s.user_id = :u ORDER BY s.started_at
				""").param("u", userId).query((rs, n) -> result(rs)).list();
	}

	private static AssignmentResult result(ResultSet rs) throws SQLException {
		return new AssignmentResult(rs.getLong(1), rs.getString(3), "SUBMITTED".equals(rs.getString(4)),
				rs.getTimestamp(5).toInstant(), instant(rs, 6), decimal(rs, 7), decimal(rs, 8), decimal(rs, 9),
				(Boolean) rs.getObject(10, Boolean.class), instant(rs, 11), rs.getString(12));
	}

	private static @Nullable Double decimal(ResultSet rs, int column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
