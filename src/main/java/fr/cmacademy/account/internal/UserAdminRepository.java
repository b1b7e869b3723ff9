package fr.cmacademy.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.account.UserAccount;
import fr.cmacademy.account.UserQuery;
import fr.cmacademy.shared.Roles;

/**
 * The admin's reads and writes on users: a filtered, sorted page in SQL (roles in the
 * same query), display names of many users at once, and the row locks that keep the last
 * active admin an admin.
 */
@Repository
public class UserAdminRepository {

	private static final String COLUMNS = """
			SELECT u.id, u.username, u.email, u.display_name, u.preferred_locale, u.enabled, u.created_at,
			       u.last_login_at,
			       (SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM user_role r WHERE r.user_id = u.id) AS roles
			FROM app_user u
			""";

	private static final String WHERE = """
			WHERE (:text = '' OR u.display_name LIKE :like OR u.username LIKE :like OR u.email LIKE :like)
			  AND (:role IS NULL OR EXISTS (SELECT 1 FROM user_role r2 WHERE r2.user_id = u.id AND r2.role = :role))
			  AND (:active IS NULL OR u.enabled = :active)
			""";

	private final JdbcClient jdbc;

	UserAdminRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<UserAccount> page(UserQuery query, int offset, int limit) {
		String direction = query.ascending() ? "ASC" : "DESC";
		String order = switch (query.sort()) {
			case NAME -> "u.display_name " + direction;
			case USERNAME -> "u.username " + direction;
			case EMAIL -> "u.email " + direction;
			case CREATED -> "u.created_at " + direction;
			// Never signed in sorts as the oldest.
			case LAST_LOGIN ->
				"u.last_login_at IS NULL " + (query.ascending() ? "DESC" : "ASC") + ", u.last_login_at " + direction;
		};
		return params(jdbc.sql(
				COLUMNS + WHERE + " ORDER BY " + order + ", u.id " + direction + " LIMIT :limit OFFSET :offset"), query)
			.param("limit", limit)
			.param("offset", offset)
			.query(UserAdminRepository::map)
			.list();
	}

	public int count(UserQuery query) {
		return params(jdbc.sql("SELECT COUNT(*) FROM app_user u " + WHERE), query).query(Integer.class).single();
	}

	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, display_name FROM app_user WHERE id IN (:ids)")
			.param("ids", List.copyOf(ids))
			.query(rs -> {
				names.put(rs.getLong("id"), rs.getString("display_name"));
			});
		return names;
	}

	/** Locks the user's row until the transaction ends (edits of one user in turn). */
	public boolean lock(long id) {
		return !jdbc.sql("SELECT id FROM app_user WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * The active admins' ids, with their rows locked: two admins demoting each other at
	 * the same moment are decided one after the other.
	 */
	public List<Long> lockActiveAdmins() {
		return jdbc
			.sql("SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = :admin"
					+ " WHERE u.enabled ORDER BY u.id FOR UPDATE")
			.param("admin", Roles.ADMIN)
			.query(Long.class)
			.list();
	}

	public void updateDetails(long id, String displayName, @Nullable String email) {
		jdbc.sql("UPDATE app_user SET display_name = :name, email = :email WHERE id = :id")
			.param("name", displayName)
			.param("email", email)
			.param("id", id)
			.update();
	}

	public void replaceRoles(long id, Set<String> roles) {
		jdbc.sql("DELETE FROM user_role WHERE user_id = :id AND role NOT IN (:roles)")
			.param("id", id)
			.param("roles", List.copyOf(roles))
			.update();
		for (String role : roles) {
			jdbc.sql("INSERT IGNORE INTO user_role (user_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role)
				.update();
		}
	}

	public void setEnabled(long id, boolean enabled) {
		jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	/**
	 * Whether the user exists and is active, with their roles: checked on every request.
	 */
	public @Nullable ActiveState state(long id) {
		return jdbc
			.sql("SELECT u.enabled, (SELECT GROUP_CONCAT(r.role) FROM user_role r WHERE r.user_id = u.id) AS roles"
					+ " FROM app_user u WHERE u.id = :id")
			.param("id", id)
			.query((rs, n) -> new ActiveState(rs.getBoolean("enabled"), roles(rs.getString("roles"))))
			.optional()
			.orElse(null);
	}

	/** A user's current standing: active or not, and roles. */
	public record ActiveState(boolean enabled, Set<String> roles) {
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, UserQuery query) {
		String text = query.text().strip();
		return spec.param("text", text)
			.param("like", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("role", query.role())
			.param("active", query.active());
	}

	private static Set<String> roles(@Nullable String value) {
		return value == null ? Set.of() : Set.copyOf(Arrays.asList(value.split(",")));
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		String locale = rs.getString("preferred_locale");
		Timestamp lastLogin = rs.getTimestamp("last_login_at");
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
				rs.getString("display_name"), locale == null ? null : Locale.forLanguageTag(locale),
				rs.getBoolean("enabled"), roles(rs.getString("roles")), rs.getTimestamp("created_at").toInstant(),
				lastLogin == null ? null : lastLogin.toInstant());
	}

}
