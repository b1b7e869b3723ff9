package fr.cmacademy.cohort.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Trainer scope queries: which learners share a current, non-archived cohort with a
 * trainer, and which cohorts a trainer currently trains. Every query runs on the two
 * membership indexes ({@code (user_id, role, removed_at, cohort_id)} and
 * {@code (cohort_id, role, removed_at, user_id)}).
 */
@Repository
public class ScopeRepository {

	/**
	 * The learners of a trainer: {@code :scopeTrainer}'s current cohorts as a trainer,
	 * then their current learners.
	 */
	public static final String LEARNERS_OF_TRAINER = """
			SELECT scope_l.user_id FROM cohort_member scope_t
			JOIN cohort scope_c ON scope_c.id = scope_t.cohort_id AND scope_c.archived = FALSE
			JOIN cohort_member scope_l ON scope_l.cohort_id = scope_t.cohort_id AND scope_l.role = 'LEARNER'
			  AND scope_l.removed_at IS NULL
			WHERE scope_t.user_id = :scopeTrainer AND scope_t.role = 'TRAINER' AND scope_t.removed_at IS NULL""";

	/** The current learners of cohort {@code :scopeCohort}. */
	public static final String LEARNERS_OF_COHORT = """
			SELECT scope_m.user_id FROM cohort_member scope_m
			WHERE scope_m.cohort_id = :scopeCohort AND scope_m.role = 'LEARNER' AND scope_m.removed_at IS NULL""";

	/** A cohort as filter drop-downs show it. */
	public record CohortRow(long id, String code, String name, @Nullable Instant deadline, boolean archived) {
	}

	private static final String COHORT_COLUMNS = "c.id, c.code, c.name, c.deadline, c.archived";

	private final JdbcClient jdbc;

	ScopeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean sees(long trainerId, long learnerId) {
		return jdbc.sql("SELECT EXISTS (" + LEARNERS_OF_TRAINER + " AND scope_l.user_id = :learner)")
			.param("scopeTrainer", trainerId)
			.param("learner", learnerId)
			.query(Boolean.class)
			.single();
	}

	/** Of these learners, those the trainer sees. */
	public Set<Long> visible(long trainerId, Collection<Long> learnerIds) {
		Set<Long> visible = new HashSet<>();
		List<Long> ids = List.copyOf(new HashSet<>(learnerIds));
		for (int from = 0; from < ids.size(); from += 1000) {
			visible.addAll(jdbc
				.sql("SELECT DISTINCT" + LEARNERS_OF_TRAINER.substring("SELECT".length())
						+ " AND scope_l.user_id IN (:ids)")
				.param("scopeTrainer", trainerId)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query(Long.class)
				.list());
		}
		return visible;
	}

	/** The cohorts the trainer currently trains and that are not archived, by name. */
	public List<CohortRow> trainedBy(long trainerId) {
		return jdbc.sql("SELECT " + COHORT_COLUMNS + """
				 FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id
				WHERE m.user_id = :t AND m.role = 'TRAINER' AND m.removed_at IS NULL AND c.archived = FALSE
				ORDER BY c.name, c.code""").param("t", trainerId).query((rs, n) -> cohort(rs)).list();
	}

	/** Every cohort, current ones first, by name (for admins). */
	public List<CohortRow> all() {
		return jdbc.sql("SELECT " + COHORT_COLUMNS + " FROM cohort c ORDER BY c.archived, c.name, c.code")
			.query((rs, n) -> cohort(rs))
			.list();
	}

	public Optional<CohortRow> cohort(long cohortId) {
		return jdbc.sql("SELECT " + COHORT_COLUMNS + " FROM cohort c WHERE c.id = :id")
			.param("id", cohortId)
			.query((rs, n) -> cohort(rs))
			.optional();
	}

	/** Whether the trainer currently trains this cohort and it is not archived. */
	public boolean trains(long trainerId, long cohortId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id
				  WHERE m.cohort_id = :c AND m.user_id = :t AND m.role = 'TRAINER' AND m.removed_at IS NULL
				    AND c.archived = FALSE)""")
			.param("c", cohortId)
			.param("t", trainerId)
			.query(Boolean.class)
			.single();
	}

	private static CohortRow cohort(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Timestamp deadline = rs.getTimestamp(4);
		return new CohortRow(rs.getLong(1), rs.getString(2), rs.getString(3),
				deadline == null ? null : deadline.toInstant(), rs.getBoolean(5));
	}

}
