package fr.cmacademy.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Password reset tokens, by the hash of the token (the token itself is never stored).
 */
@Repository
public class PasswordResetRepository {

	private final JdbcClient jdbc;

	PasswordResetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored token: whose, and until when it works. */
	public record StoredToken(long userId, Instant expiresAt) {
	}

	/** Stores the user's new token in place of any older one. */
	public void replace(long userId, String tokenHash, Instant now, Instant expiresAt, @Nullable Long issuedBy) {
		deleteFor(userId);
		jdbc.sql("""
				INSERT INTO password_reset (user_id, token_hash, created_at, expires_at, issued_by)
				VALUES (:user, :hash, :now, :expires, :by)""")
			.param("user", userId)
			.param("hash", tokenHash)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.param("by", issuedBy)
			.update();
	}

	public Optional<StoredToken> find(String tokenHash) {
		return jdbc.sql("SELECT user_id, expires_at FROM password_reset WHERE token_hash = :hash")
			.param("hash", tokenHash)
			.query((rs, n) -> new StoredToken(rs.getLong("user_id"), rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	/**
	 * The token with its row locked: two uses of one link are decided one after the
	 * other.
	 */
	public Optional<StoredToken> findForUpdate(String tokenHash) {
		return jdbc.sql("SELECT user_id, expires_at FROM password_reset WHERE token_hash = :hash FOR UPDATE")
			.param("hash", tokenHash)
			.query((rs, n) -> new StoredToken(rs.getLong("user_id"), rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	public void deleteFor(long userId) {
		jdbc.sql("DELETE FROM password_reset WHERE user_id = :user").param("user", userId).update();
	}

}
