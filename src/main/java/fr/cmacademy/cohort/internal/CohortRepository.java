package fr.cmacademy.cohort.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.cmacademy.cohort.CohortFilter;
import fr.cmacademy.cohort.CohortProgramme;
import fr.cmacademy.cohort.CohortRow;

/**
 * Cohorts with their organisation and member counts, and the programmes they follow. A
 * list is one query whatever its length (counts are correlated sub-queries on the
 * membership index).
 */
@Repository
public class CohortRepository {

	private static final String SELECT = """
			SELECT c.id, c.organisation_id, o.name, c.code, c.name, c.deadline, c.archived,
			       (SELECT COUNT(*) FROM cohort_member m
			        WHERE m.cohort_id = c.id AND m.role = 'LEARNER' AND m.removed_at IS NULL),
			       (SELECT COUNT(*) FROM cohort_member m
			        WHERE m.cohort_id = c.id AND m.role = 'TRAINER' AND m.removed_at IS NULL)
			FROM cohort c JOIN organisation o ON o.id = c.organisation_id
			""";

	private static final String FILTER = """
			WHERE (:text = '' OR c.code LIKE :like OR c.name LIKE :like OR o.name LIKE :like)
			  AND (:org IS NULL OR c.organisation_id = :org)
			  AND (:archived OR NOT c.archived)
			""";

	private final JdbcClient jdbc;

	CohortRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long organisationId, String code, String name, @Nullable Instant deadline, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO cohort (organisation_id, code, name, deadline, created_at)
				VALUES (:o, :code, :name, :deadline, :now)""")
			.param("o", organisationId)
			.param("code", code)
			.param("name", name)
			.param("deadline", deadline == null ? null : Timestamp.from(deadline))
			.param("now", Timestamp.from(now))
			.update(keys);
		return keys.getKeyAs(Number.class).longValue();
	}

	public void update(long id, long organisationId, String code, String name, @Nullable Instant deadline) {
		jdbc.sql("""
				UPDATE cohort SET organisation_id = :o, code = :code, name = :name, deadline = :deadline
				WHERE id = :id""")
			.param("o", organisationId)
			.param("code", code)
			.param("name", name)
			.param("deadline", deadline == null ? null : Timestamp.from(deadline))
			.param("id", id)
			.update();
	}

	public boolean setArchived(long id, boolean archived) {
		return jdbc.sql("UPDATE cohort SET archived = :a WHERE id = :id AND archived <> :a")
			.param("a", archived)
			.param("id", id)
			.update() == 1;
	}

	/** Whether another cohort has this code (case-insensitively, as the unique key). */
	public boolean codeTaken(String code, long exceptId) {
		return jdbc.sql("SELECT COUNT(*) FROM cohort WHERE code = :code AND id <> :id")
			.param("code", code)
			.param("id", exceptId)
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<CohortRow> row(long id) {
		return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CohortRepository::map).optional();
	}

	public List<CohortRow> page(CohortFilter filter, int offset, int limit) {
		return jdbc.sql(SELECT + FILTER + " ORDER BY o.name, c.name, c.id LIMIT :limit OFFSET :offset")
			.params(params(filter))
			.param("limit", limit)
			.param("offset", offset)
			.query(CohortRepository::map)
			.list();
	}

	public int count(CohortFilter filter) {
		return jdbc.sql("SELECT COUNT(*) FROM cohort c JOIN organisation o ON o.id = c.organisation_id " + FILTER)
			.params(params(filter))
			.query(Integer.class)
			.single();
	}

	/** Cohorts not archived where the user is a current trainer, by name. */
	public List<CohortRow> trainedBy(long userId) {
		return jdbc.sql(SELECT + """
				WHERE NOT c.archived AND EXISTS (SELECT 1 FROM cohort_member t
				  WHERE t.cohort_id = c.id AND t.user_id = :u AND t.role = 'TRAINER' AND t.removed_at IS NULL)
				ORDER BY c.name, c.id""").param("u", userId).query(CohortRepository::map).list();
	}

	/** Every cohort not archived, by name. */
	public List<CohortRow> active() {
		return jdbc.sql(SELECT + " WHERE NOT c.archived ORDER BY c.name, c.id").query(CohortRepository::map).list();
	}

	public List<CohortProgramme> programmes(long cohortId) {
		return jdbc.sql(
				"SELECT programme_id, added_at FROM cohort_programme WHERE cohort_id = :c ORDER BY added_at, programme_id")
			.param("c", cohortId)
			.query((rs, n) -> new CohortProgramme(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/** The programme ids of each cohort, in one query. */
	public Map<Long, List<String>> programmes(Collection<Long> cohortIds) {
		Map<Long, List<String>> result = new LinkedHashMap<>();
		if (cohortIds.isEmpty()) {
			return result;
		}
		jdbc.sql(
				"SELECT cohort_id, programme_id FROM cohort_programme WHERE cohort_id IN (:ids) ORDER BY added_at, programme_id")
			.param("ids", cohortIds)
			.query(rs -> {
				result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
			});
		return result;
	}

	/** Adds the programme; false when the cohort already follows it. */
	public boolean addProgramme(long cohortId, String programmeId, Instant now) {
		return jdbc.sql("INSERT IGNORE INTO cohort_programme (cohort_id, programme_id, added_at) VALUES (:c, :p, :now)")
			.param("c", cohortId)
			.param("p", programmeId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public boolean removeProgramme(long cohortId, String programmeId) {
		return jdbc.sql("DELETE FROM cohort_programme WHERE cohort_id = :c AND programme_id = :p")
			.param("c", cohortId)
			.param("p", programmeId)
			.update() == 1;
	}

	private static Map<String, Object> params(CohortFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("text", filter.text());
		params.put("like", Like.contains(filter.text()));
		params.put("org", filter.organisationId());
		params.put("archived", filter.withArchived());
		return params;
	}

	private static CohortRow map(ResultSet rs, int row) throws SQLException {
		Timestamp deadline = rs.getTimestamp(6);
		return new CohortRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				deadline == null ? null : deadline.toInstant(), rs.getBoolean(7), rs.getInt(8), rs.getInt(9));
	}

}
