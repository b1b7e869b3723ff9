package fr.cmacademy.cohort.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who to remind of a cohort's deadline. Reads item progress and notifications directly,
 * in one query per cohort and programme (never one per learner), as the quiz deadlines
 * do: the features that own those tables answer only for the signed-in learner.
 */
@Repository
public class ReminderRepository {

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A cohort whose deadline falls in the window. */
	public record DueCohort(long id, Instant deadline) {
	}

	/** A learner to remind, with their preferred language. */
	public record Learner(long userId, Locale locale) {
	}

	/**
	 * Cohorts not archived whose deadline is after {@code now} and not after
	 * {@code horizon}.
	 */
	public List<DueCohort> due(Instant now, Instant horizon) {
		return jdbc.sql("""
				SELECT id, deadline FROM cohort
				WHERE NOT archived AND deadline > :now AND deadline <= :horizon ORDER BY deadline, id""")
			.param("now", Timestamp.from(now))
			.param("horizon", Timestamp.from(horizon))
			.query((rs, n) -> new DueCohort(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/**
	 * Current, active learners of the cohort who have completed fewer than all of the
	 * given required items and have no notification with the once-key yet.
	 */
	public List<Learner> unfinished(long cohortId, Collection<String> requiredItems, String onceKey) {
		return jdbc.sql("""
				SELECT m.user_id, u.preferred_locale
				FROM cohort_member m JOIN app_user u ON u.id = m.user_id AND u.enabled
				WHERE m.cohort_id = :c AND m.role = 'LEARNER' AND m.removed_at IS NULL
				  AND (SELECT COUNT(*) FROM item_progress p
				       WHERE p.user_id = m.user_id AND p.item_id IN (:items) AND p.completed_at IS NOT NULL) < :required
				  AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = m.user_id AND n.once_key = :key)
				ORDER BY m.user_id""")
			.param("c", cohortId)
			.param("items", requiredItems)
			.param("required", requiredItems.size())
			.param("key", onceKey)
			.query((rs, n) -> new Learner(rs.getLong(1), locale(rs.getString(2))))
			.list();
	}

	private static Locale locale(@Nullable String tag) {
		return tag == null || tag.isBlank() ? Locale.FRENCH : Locale.forLanguageTag(tag);
	}

}
