package fr.cmacademy.certificate.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Quiz grades and scenario scores as their events reported them, with when.
 */
@Repository
public class ScoreRepository {

	private final JdbcClient jdbc;

	ScoreRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long userId, String itemId, double percent, Instant at) {
		jdbc.sql("""
				INSERT INTO certificate_score (user_id, item_id, percent, achieved_at) VALUES (:u, :i, :p, :at)
				ON DUPLICATE KEY UPDATE percent = GREATEST(percent, VALUES(percent))
				""").param("u", userId).param("i", itemId).param("p", percent).param("at", Timestamp.from(at)).update();
	}

	/** The learner's best score per item reached at or after {@code since}. */
	public Map<String, Double> best(long userId, Instant since) {
		Map<String, Double> result = new HashMap<>();
		jdbc.sql("""
				SELECT item_id, MAX(percent) FROM certificate_score
				WHERE user_id = :u AND achieved_at >= :since GROUP BY item_id
				""").param("u", userId).param("since", Timestamp.from(since)).query(rs -> {
			result.put(rs.getString(1), rs.getDouble(2));
		});
		return result;
	}

}
