package fr.cmacademy.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.account.UserAccount;
import fr.cmacademy.account.UserProvisioning.Prepared;

/**
 * Accounts written and looked up in batches: one statement per batch for the users, one
 * for their roles, one to read their ids back.
 */
@Repository
public class ProvisioningRepository {

	private static final String SELECT = """
			SELECT u.id, u.username, u.email, u.display_name, u.preferred_locale, u.enabled, u.created_at,
			       u.last_login_at, u.password_hash, GROUP_CONCAT(r.role ORDER BY r.role) AS roles
			FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ProvisioningRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public List<UserAccount> existing(Collection<String> usernames, Collection<String> emails) {
		if (usernames.isEmpty() && emails.isEmpty()) {
			return List.of();
		}
		// IN () is not valid SQL: an impossible value stands in for an empty list.
		return jdbc
			.sql(SELECT + " WHERE u.username IN (:usernames) OR u.email IN (:emails) GROUP BY u.id ORDER BY u.id")
			.param("usernames", usernames.isEmpty() ? List.of("\u0000") : usernames)
			.param("emails", emails.isEmpty() ? List.of("\u0000") : emails)
			.query((rs, n) -> UserRepository.map(rs, n).account())
			.list();
	}

	public List<Long> insertAll(List<Prepared> users, Instant now) {
		if (users.isEmpty()) {
			return List.of();
		}
		Timestamp at = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>(users.size());
		for (Prepared p : users) {
			Locale locale = p.user().locale();
			rows.add(new Object[] { p.user().username(), p.user().email(), p.user().displayName(), p.passwordHash(),
					locale == null ? null : locale.toLanguageTag(), at });
		}
		template.batchUpdate(
				"""
						INSERT INTO app_user (username, email, display_name, password_hash, preferred_locale, enabled, created_at)
						VALUES (?, ?, ?, ?, ?, TRUE, ?)""",
				rows);
		List<String> names = users.stream().map(p -> p.user().username()).toList();
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("SELECT username, id FROM app_user WHERE username IN (:names)")
			.param("names", names)
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<Long> ordered = names.stream().map(ids::get).toList();
		List<Object[]> roles = new ArrayList<>();
		for (int i = 0; i < users.size(); i++) {
			for (String role : users.get(i).user().roles()) {
				roles.add(new Object[] { ordered.get(i), role });
			}
		}
		template.batchUpdate("INSERT INTO user_role (user_id, role) VALUES (?, ?)", roles);
		return ordered;
	}

}
