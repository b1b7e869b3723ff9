package fr.cmacademy.account.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.account.UserSearch.Match;

/**
 * Searches active users of one role by name, user name or e-mail (LIKE with the wildcards
 * of the search text escaped).
 */
@Repository
public class UserSearchRepository {

	private static final String WHERE = """
			FROM app_user u
			WHERE u.enabled
			  AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role)
			  AND (:text = '' OR u.display_name LIKE :like OR u.username LIKE :like OR u.email LIKE :like)
			""";

	private final JdbcClient jdbc;

	UserSearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Match> search(String text, String role, int offset, int limit) {
		return jdbc
			.sql("SELECT u.id, u.username, u.display_name, u.email " + WHERE
					+ " ORDER BY u.display_name, u.username LIMIT :limit OFFSET :offset")
			.param("role", role)
			.param("text", text)
			.param("like", like(text))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Match(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public int count(String text, String role) {
		return jdbc.sql("SELECT COUNT(*) " + WHERE)
			.param("role", role)
			.param("text", text)
			.param("like", like(text))
			.query(Integer.class)
			.single();
	}

	static String like(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
