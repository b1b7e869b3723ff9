package fr.cmacademy.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.cmacademy.account.UserAccount;

/**
 * Users and their roles, with plain SQL. Roles come back in the same query as the user
 * (GROUP_CONCAT), so reading a user is one round trip.
 */
@Repository
public class UserRepository {

	private static final String SELECT = """
			SELECT u.id, u.username, u.email, u.display_name, u.preferred_locale, u.enabled, u.created_at,
			       u.last_login_at, u.password_hash, GROUP_CONCAT(r.role ORDER BY r.role) AS roles
			FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id
			""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored user with its password hash, for authentication only. */
	public record StoredUser(UserAccount account, String passwordHash) {
	}

	public Optional<StoredUser> findByLogin(String login) {
		return jdbc.sql(SELECT + " WHERE u.username = :login OR u.email = :login GROUP BY u.id ORDER BY u.id LIMIT 1")
			.param("login", login)
			.query(UserRepository::map)
			.optional();
	}

	public Optional<StoredUser> findById(long id) {
		return jdbc.sql(SELECT + " WHERE u.id = :id GROUP BY u.id")
			.param("id", id)
			.query(UserRepository::map)
			.optional();
	}

	public boolean usernameTaken(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u")
			.param("u", username)
			.query(Long.class)
			.single() > 0;
	}

	public boolean emailTaken(String email, long exceptUserId) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = :e AND id <> :id")
			.param("e", email)
			.param("id", exceptUserId)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(String username, @Nullable String email, String displayName, String passwordHash,
			@Nullable Locale locale, Set<String> roles, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO app_user (username, email, display_name, password_hash, preferred_locale, enabled, created_at)
						VALUES (:username, :email, :displayName, :hash, :locale, TRUE, :now)
						""")
			.param("username", username)
			.param("email", email)
			.param("displayName", displayName)
			.param("hash", passwordHash)
			.param("locale", locale == null ? null : locale.toLanguageTag())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (String role : roles) {
			jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role)
				.update();
		}
		return id;
	}

	public void updateProfile(long id, String displayName, @Nullable String email, @Nullable Locale locale) {
		jdbc.sql("UPDATE app_user SET display_name = :name, email = :email, preferred_locale = :locale WHERE id = :id")
			.param("name", displayName)
			.param("email", email)
			.param("locale", locale == null ? null : locale.toLanguageTag())
			.param("id", id)
			.update();
	}

	public void updateLocale(long id, Locale locale) {
		jdbc.sql("UPDATE app_user SET preferred_locale = :locale WHERE id = :id")
			.param("locale", locale.toLanguageTag())
			.param("id", id)
			.update();
	}

	/**
	 * Changes the password hash and deletes the user's password reset links: a link never
	 * outlives a password change.
	 */
	public void updatePasswordHash(long id, String hash) {
		jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
			.param("hash", hash)
			.param("id", id)
			.update();
		jdbc.sql("DELETE FROM password_reset WHERE user_id = :id").param("id", id).update();
	}

	public void recordLogin(long id, Instant when) {
		jdbc.sql("UPDATE app_user SET last_login_at = :when WHERE id = :id")
			.param("when", Timestamp.from(when))
			.param("id", id)
			.update();
	}

	public List<Long> countByRole() {
		return jdbc
			.sql("SELECT (SELECT COUNT(*) FROM user_role WHERE role = 'LEARNER'),"
					+ " (SELECT COUNT(*) FROM user_role WHERE role = 'TRAINER'),"
					+ " (SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN')")
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	static StoredUser map(ResultSet rs, int row) throws SQLException {
		String roles = rs.getString("roles");
		String locale = rs.getString("preferred_locale");
		Timestamp lastLogin = rs.getTimestamp("last_login_at");
		UserAccount account = new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
				rs.getString("display_name"), locale == null ? null : Locale.forLanguageTag(locale),
				rs.getBoolean("enabled"),
				roles == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(Arrays.asList(roles.split(",")))),
				rs.getTimestamp("created_at").toInstant(), lastLogin == null ? null : lastLogin.toInstant());
		return new StoredUser(account, rs.getString("password_hash"));
	}

}
