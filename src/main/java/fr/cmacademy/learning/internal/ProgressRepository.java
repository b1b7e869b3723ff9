package fr.cmacademy.learning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enrolments and item progress rows. Every read for a learner is one query, whatever the
 * number of items.
 */
@Repository
public class ProgressRepository {

	/** A learner's row for one item. */
	public record Row(String itemId, int version, boolean completed, Instant lastSeen, int secondsSpent) {
	}

	private final JdbcClient jdbc;

	ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<String> enrolments(long userId) {
		return new HashSet<>(jdbc.sql("SELECT programme_id FROM enrolment WHERE user_id = :u")
			.param("u", userId)
			.query(String.class)
			.list());
	}

	public void enrol(long userId, String programmeId, Instant now) {
		jdbc.sql("INSERT IGNORE INTO enrolment (user_id, programme_id, enrolled_at) VALUES (:u, :p, :now)")
			.param("u", userId)
			.param("p", programmeId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Enrols each user once (batched); returns how many rows were new. */
	public int enrolAll(Collection<Long> userIds, String programmeId, Instant now) {
		int added = 0;
		List<Long> ids = List.copyOf(new LinkedHashSet<>(userIds));
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			added += jdbc.sql("""
					INSERT IGNORE INTO enrolment (user_id, programme_id, enrolled_at)
					SELECT id, :p, :now FROM app_user WHERE id IN (:ids)""")
				.param("p", programmeId)
				.param("now", Timestamp.from(now))
				.param("ids", chunk)
				.update();
		}
		return added;
	}

	public Map<String, Row> rows(long userId) {
		Map<String, Row> rows = new HashMap<>();
		jdbc.sql("""
				SELECT item_id, version, completed_at IS NOT NULL, last_seen_at, time_spent_seconds
				FROM item_progress WHERE user_id = :u
				""").param("u", userId).query(rs -> {
			rows.put(rs.getString(1), new Row(rs.getString(1), rs.getInt(2), rs.getBoolean(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5)));
		});
		return rows;
	}

	public Optional<Row> row(long userId, String itemId) {
		return jdbc.sql("""
				SELECT item_id, version, completed_at IS NOT NULL, last_seen_at, time_spent_seconds
				FROM item_progress WHERE user_id = :u AND item_id = :i
				""")
			.param("u", userId)
			.param("i", itemId)
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant(),
					rs.getInt(5)))
			.optional();
	}

	/**
	 * Starts the item at the given version if never started; always refreshes when it was
	 * last seen.
	 */
	public void touch(long userId, String itemId, int version, Instant now) {
		jdbc.sql("""
				INSERT INTO item_progress (user_id, item_id, version, started_at, last_seen_at)
				VALUES (:u, :i, :v, :now, :now)
				ON DUPLICATE KEY UPDATE last_seen_at = VALUES(last_seen_at)
				""")
			.param("u", userId)
			.param("i", itemId)
			.param("v", version)
			.param("now", Timestamp.from(now))
			.update();
	}

	public void addTime(long userId, String itemId, int seconds) {
		jdbc.sql(
				"UPDATE item_progress SET time_spent_seconds = time_spent_seconds + :s WHERE user_id = :u AND item_id = :i")
			.param("s", seconds)
			.param("u", userId)
			.param("i", itemId)
			.update();
	}

	/**
	 * Marks the item done (once: the first completion time is kept) and moves it to the
	 * current version.
	 */
	public void complete(long userId, String itemId, int currentVersion, Instant now) {
		jdbc.sql("""
				UPDATE item_progress SET completed_at = COALESCE(completed_at, :now), version = :v, last_seen_at = :now
				WHERE user_id = :u AND item_id = :i
				""")
			.param("now", Timestamp.from(now))
			.param("v", currentVersion)
			.param("u", userId)
			.param("i", itemId)
			.update();
	}

}
