package fr.cmacademy.cohort.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.cohort.CohortRef;
import fr.cmacademy.cohort.Member;
import fr.cmacademy.cohort.MemberRole;

/**
 * Cohort lookups by code and membership rows. A removal only stamps {@code removed_at};
 * adding again clears it.
 */
@Repository
public class MemberRepository {

	private final JdbcClient jdbc;

	MemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CohortRef> byCode(String code) {
		return jdbc.sql("SELECT id, organisation_id, code, name, deadline, archived FROM cohort WHERE code = :code")
			.param("code", code)
			.query((rs, n) -> new CohortRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
			.optional();
	}

	public Optional<CohortRef> byId(long id) {
		return jdbc.sql("SELECT id, organisation_id, code, name, deadline, archived FROM cohort WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new CohortRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
			.optional();
	}

	/**
	 * Adds (or brings back) members; returns how many were not current members before.
	 */
	public int add(long cohortId, Collection<Long> userIds, MemberRole role, Instant now) {
		int added = 0;
		List<Long> ids = List.copyOf(new LinkedHashSet<>(userIds));
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			int before = current(cohortId, chunk, role);
			jdbc.sql("""
					INSERT INTO cohort_member (cohort_id, user_id, role, added_at)
					SELECT :c, id, :role, :now FROM app_user WHERE id IN (:ids)
					ON DUPLICATE KEY UPDATE added_at = IF(removed_at IS NULL, added_at, VALUES(added_at)),
					                        removed_at = NULL""")
				.param("c", cohortId)
				.param("role", role.name())
				.param("now", Timestamp.from(now))
				.param("ids", chunk)
				.update();
			added += current(cohortId, chunk, role) - before;
		}
		return added;
	}

	private int current(long cohortId, List<Long> ids, MemberRole role) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM cohort_member
				WHERE cohort_id = :c AND role = :role AND user_id IN (:ids) AND removed_at IS NULL""")
			.param("c", cohortId)
			.param("role", role.name())
			.param("ids", ids)
			.query(Integer.class)
			.single();
	}

	public boolean remove(long cohortId, long userId, MemberRole role, Instant now) {
		return jdbc.sql("""
				UPDATE cohort_member SET removed_at = :now
				WHERE cohort_id = :c AND user_id = :u AND role = :role AND removed_at IS NULL""")
			.param("now", Timestamp.from(now))
			.param("c", cohortId)
			.param("u", userId)
			.param("role", role.name())
			.update() == 1;
	}

	/** Current members in one role, by name (one query, names from the accounts). */
	public List<Member> current(long cohortId, MemberRole role, int offset, int limit) {
		return jdbc.sql("""
				SELECT u.id, u.username, u.display_name, u.email, m.added_at
				FROM cohort_member m JOIN app_user u ON u.id = m.user_id
				WHERE m.cohort_id = :c AND m.role = :role AND m.removed_at IS NULL
				ORDER BY u.display_name, u.username LIMIT :limit OFFSET :offset""")
			.param("c", cohortId)
			.param("role", role.name())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	public int count(long cohortId, MemberRole role) {
		return jdbc
			.sql("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = :c AND role = :role AND removed_at IS NULL")
			.param("c", cohortId)
			.param("role", role.name())
			.query(Integer.class)
			.single();
	}

	/** The ids of the current learners. */
	public List<Long> currentLearners(long cohortId) {
		return jdbc.sql("""
				SELECT user_id FROM cohort_member
				WHERE cohort_id = :c AND role = 'LEARNER' AND removed_at IS NULL ORDER BY user_id""")
			.param("c", cohortId)
			.query(Long.class)
			.list();
	}

	public List<String> programmes(long cohortId) {
		return jdbc.sql("SELECT programme_id FROM cohort_programme WHERE cohort_id = :c ORDER BY programme_id")
			.param("c", cohortId)
			.query(String.class)
			.list();
	}

}
