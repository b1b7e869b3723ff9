package fr.cmacademy.learning.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.learning.ProgressResults.Enrolment;
import fr.cmacademy.learning.ProgressResults.ItemProgress;
import fr.cmacademy.learning.ProgressResults.Learner;
import fr.cmacademy.learning.ProgressResults.Order;
import fr.cmacademy.shared.TrainerScope.Condition;

/**
 * Enrolled learners (joined with their account's name and e-mail) and progress rows, read
 * in bulk. Filtering, ordering and paging happen in the database so a page costs the same
 * with ten learners or ten thousand.
 */
@Repository
public class ProgressResultRepository {

	private static final String FROM = """
			FROM enrolment e JOIN app_user u ON u.id = e.user_id
			WHERE e.programme_id = :p AND (:t = '' OR u.display_name LIKE :like OR u.username LIKE :like
			  OR u.email LIKE :like)
			""";

	private final JdbcClient jdbc;

	ProgressResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many enrolled learners match {@code text} and {@code scope} (a condition on
	 * {@code e.user_id}).
	 */
	public int count(String programmeId, String text, Condition scope) {
		return jdbc.sql("SELECT COUNT(*) " + FROM + " AND " + scope.sql())
			.params(scope.params())
			.param("p", programmeId)
			.param("t", text.strip())
			.param("like", like(text))
			.query(Integer.class)
			.single();
	}

	/** A page of enrolled learners matching {@code text} and {@code scope}. */
	public List<Learner> learners(String programmeId, String text, Condition scope, Order order, boolean descending,
			Collection<String> requiredItems, int offset, int limit) {
		String direction = descending ? " DESC" : "";
		boolean byCompletion = order == Order.COMPLETION && !requiredItems.isEmpty();
		String done = byCompletion ? """
				LEFT JOIN (SELECT user_id, COUNT(*) AS done FROM item_progress FORCE INDEX (ix_item_progress_done)
				  WHERE completed_at IS NOT NULL AND item_id IN (:items) GROUP BY user_id) d ON d.user_id = e.user_id
				""" : "";
		String orderBy = byCompletion ? "COALESCE(d.done, 0)" + direction + ", u.display_name, u.id"
				: "u.display_name" + direction + ", u.id" + direction;
		String where = FROM.substring(FROM.indexOf("WHERE"));
		var sql = jdbc.sql(
				"SELECT u.id, u.display_name, u.email, u.username FROM enrolment e JOIN app_user u ON u.id = e.user_id "
						+ done + where + " AND " + scope.sql() + " ORDER BY " + orderBy
						+ " LIMIT :limit OFFSET :offset")
			.params(scope.params())
			.param("p", programmeId)
			.param("t", text.strip())
			.param("like", like(text))
			.param("limit", limit)
			.param("offset", offset);
		if (byCompletion) {
			sql = sql.param("items", requiredItems);
		}
		return sql.query((rs, n) -> new Learner(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public Map<Long, Map<String, ItemProgress>> progress(Collection<Long> userIds, Collection<String> itemIds) {
		Map<Long, Map<String, ItemProgress>> result = new HashMap<>();
		jdbc.sql("""
				SELECT user_id, item_id, version, completed_at, last_seen_at, time_spent_seconds
				FROM item_progress WHERE user_id IN (:u) AND item_id IN (:i)
				""").param("u", userIds).param("i", itemIds).query(rs -> {
			Timestamp completed = rs.getTimestamp(4);
			result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
				.put(rs.getString(2),
						new ItemProgress(rs.getString(2), rs.getInt(3),
								completed == null ? null : completed.toInstant(), rs.getTimestamp(5).toInstant(),
								rs.getInt(6)));
		});
		return result;
	}

	public List<Enrolment> enrolments(long userId) {
		return jdbc.sql("SELECT programme_id, enrolled_at FROM enrolment WHERE user_id = :u ORDER BY enrolled_at")
			.param("u", userId)
			.query((rs, n) -> new Enrolment(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/**
	 * A LIKE pattern matching {@code text} anywhere, with its wildcards taken literally.
	 */
	private static String like(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
