package fr.cmacademy.account.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * The account: profile, preferences, roles and sign-in data. Erasure keeps the row (every
 * other feature's figures hang on its id) but leaves nothing that identifies the person:
 * an anonymous user name, no e-mail, the anonymous display name, a password nobody knows,
 * disabled, no roles, no language, no last sign-in.
 */
@Component
class AccountPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final SecureRandom random = new SecureRandom();

	AccountPersonalData(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	@Override
	public String area() {
		return "account";
	}

	@Override
	public Set<String> tables() {
		return Set.of("app_user", "user_role", "password_reset");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records profile = out.list("profile")) {
			jdbc.sql("""
					SELECT id, username, email, display_name, preferred_locale, enabled, created_at, last_login_at
					FROM app_user WHERE id = :u""").param("u", userId).query((RowCallbackHandler) profile::addRow);
		}
		try (ExportWriter.Records roles = out.list("roles")) {
			jdbc.sql("SELECT role FROM user_role WHERE user_id = :u ORDER BY role")
				.param("u", userId)
				.query((RowCallbackHandler) roles::addRow);
		}
		// When reset links were issued, never the links themselves.
		try (ExportWriter.Records resets = out.list("password-reset-links")) {
			jdbc.sql("SELECT created_at, expires_at FROM password_reset WHERE user_id = :u ORDER BY created_at")
				.param("u", userId)
				.query((RowCallbackHandler) resets::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		boolean done = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = :u AND username = :anon AND NOT enabled")
			.param("u", userId)
			.param("anon", context.anonymousUsername())
			.query(Integer.class)
			.single() == 1;
		if (!done) {
			// A random secret, hashed and forgotten: no password can ever match.
			byte[] secret = new byte[32];
			random.nextBytes(secret);
			context.count("account.profile", jdbc.sql("""
					UPDATE app_user SET username = :anon, email = NULL, display_name = :name, password_hash = :hash,
					  preferred_locale = NULL, enabled = FALSE, last_login_at = NULL
					WHERE id = :u""")
				.param("anon", context.anonymousUsername())
				.param("name", context.anonymousDisplayName())
				.param("hash", passwords.encode(HexFormat.of().formatHex(secret)))
				.param("u", userId)
				.update());
		}
		context.count("account.roles",
				jdbc.sql("DELETE FROM user_role WHERE user_id = :u").param("u", userId).update());
		context.count("account.reset-links",
				jdbc.sql("DELETE FROM password_reset WHERE user_id = :u").param("u", userId).update());
	}

}
