package fr.cmacademy.cohort.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.cmacademy.cohort.Organisation;

/** Organisations, with the number of cohorts each runs (archived ones included). */
@Repository
public class OrganisationRepository {

	private static final String SELECT = """
			SELECT o.id, o.name, (SELECT COUNT(*) FROM cohort c WHERE c.organisation_id = o.id)
			FROM organisation o
			WHERE :text = '' OR o.name LIKE :like
			""";

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String name, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, :now)")
			.param("n", name)
			.param("now", Timestamp.from(now))
			.update(keys);
		return keys.getKeyAs(Number.class).longValue();
	}

	public boolean rename(long id, String name) {
		return jdbc.sql("UPDATE organisation SET name = :n WHERE id = :id")
			.param("n", name)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Whether another organisation has this name (compared as the database does:
	 * case-insensitively).
	 */
	public boolean nameTaken(String name, long exceptId) {
		return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = :n AND id <> :id")
			.param("n", name)
			.param("id", exceptId)
			.query(Integer.class)
			.single() > 0;
	}

	public boolean exists(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	public List<Organisation> page(String text, int offset, int limit) {
		return jdbc.sql(SELECT + " ORDER BY o.name LIMIT :limit OFFSET :offset")
			.param("text", text)
			.param("like", Like.contains(text))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Organisation(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	public int count(String text) {
		return jdbc.sql("SELECT COUNT(*) FROM organisation o WHERE :text = '' OR o.name LIKE :like")
			.param("text", text)
			.param("like", Like.contains(text))
			.query(Integer.class)
			.single();
	}

}
