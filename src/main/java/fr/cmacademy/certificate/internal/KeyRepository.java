package fr.cmacademy.certificate.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The issuer's Ed25519 keys (raw 32-byte keys). Private keys are read only to sign.
 */
@Repository
public class KeyRepository {

	/** A public key as published. */
	public record PublicKey(long id, byte[] publicKey, Instant createdAt) {
	}

	/** The key that signs: the newest. */
	public record SigningKey(long id, byte[] publicKey, byte[] privateKey) {

		@Override
		public String toString() {
			// Never print the private key, whatever logs this record.
			return "SigningKey[id=" + id + "]";
		}

	}

	private final JdbcClient jdbc;

	KeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(byte[] publicKey, byte[] privateKey, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO certificate_key (public_key, private_key, created_at) VALUES (:pub, :priv, :now)")
			.param("pub", publicKey)
			.param("priv", privateKey)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<SigningKey> newest() {
		return jdbc.sql("SELECT id, public_key, private_key FROM certificate_key ORDER BY id DESC LIMIT 1")
			.query((rs, n) -> new SigningKey(rs.getLong(1), rs.getBytes(2), rs.getBytes(3)))
			.optional();
	}

	public List<PublicKey> publicKeys() {
		return jdbc.sql("SELECT id, public_key, created_at FROM certificate_key ORDER BY id")
			.query((rs, n) -> new PublicKey(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	public Optional<PublicKey> publicKey(long id) {
		return jdbc.sql("SELECT id, public_key, created_at FROM certificate_key WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new PublicKey(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

}
