package fr.cmacademy.certificate.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateKind;
import fr.cmacademy.shared.Text;

/**
 * Issued certificates and badges. The unique key on (user, kind, subject, cycle) is what
 * makes issuing exactly once: a second insert for the same cycle fails, whichever thread
 * or instance tries it.
 */
@Repository
public class CertificateRepository {

	private static final String COLUMNS = """
			id, user_id, kind, subject_id, cycle, code, holder_name, language, title_fr, title_en, issued_at,
			valid_until, manual_reason, revoked_at, revoked_reason""";

	/** A certificate to store. */
	public record NewCertificate(long userId, CertificateKind kind, String subjectId, int cycle, String code,
			String holderName, String language, Text title, Instant issuedAt, @Nullable Instant validUntil,
			@Nullable String manualReason, @Nullable Long issuedBy) {
	}

	private final JdbcClient jdbc;

	CertificateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the certificate with an empty credential (signed once its id is known);
	 * throws {@code DuplicateKeyException} when this cycle was already issued.
	 */
	public long insert(NewCertificate c) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO certificate (user_id, kind, subject_id, cycle, code, holder_name, language, title_fr,
				  title_en, issued_at, valid_until, manual_reason, issued_by, credential)
				VALUES (:u, :kind, :subject, :cycle, :code, :name, :lang, :tfr, :ten, :issued, :until, :reason, :by, '')
				""")
			.param("u", c.userId())
			.param("kind", c.kind().name())
			.param("subject", c.subjectId())
			.param("cycle", c.cycle())
			.param("code", c.code())
			.param("name", c.holderName())
			.param("lang", c.language())
			.param("tfr", c.title().fr())
			.param("ten", c.title().en())
			.param("issued", Timestamp.from(c.issuedAt()))
			.param("until", c.validUntil() == null ? null : Timestamp.from(c.validUntil()))
			.param("reason", c.manualReason())
			.param("by", c.issuedBy())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public void saveCredential(long id, String credential) {
		jdbc.sql("UPDATE certificate SET credential = :c WHERE id = :id")
			.param("c", credential)
			.param("id", id)
			.update();
	}

	public Optional<Certificate> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = :id")
			.param("id", id)
			.query(CertificateRepository::map)
			.optional();
	}

	public Optional<Certificate> findByCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE code = :code")
			.param("code", code)
			.query(CertificateRepository::map)
			.optional();
	}

	public Optional<String> credential(long id) {
		return jdbc.sql("SELECT credential FROM certificate WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** A learner's certificates and badges, newest first. */
	public List<Certificate> ofUser(long userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE user_id = :u ORDER BY issued_at DESC, id DESC")
			.param("u", userId)
			.query(CertificateRepository::map)
			.list();
	}

	/** Every cycle of one certificate or badge of a learner, newest first. */
	public List<Certificate> history(long userId, CertificateKind kind, String subjectId) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM certificate WHERE user_id = :u AND kind = :k AND subject_id = :s ORDER BY cycle DESC")
			.param("u", userId)
			.param("k", kind.name())
			.param("s", subjectId)
			.query(CertificateRepository::map)
			.list();
	}

	public List<Certificate> latest(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM certificate ORDER BY issued_at DESC, id DESC LIMIT :n")
			.param("n", limit)
			.query(CertificateRepository::map)
			.list();
	}

	/** Revoked certificates, for the public revocation list. */
	public List<Certificate> revoked() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE revoked_at IS NOT NULL ORDER BY id")
			.query(CertificateRepository::map)
			.list();
	}

	/** Revokes once: the first revocation's time and reason are kept. */
	public boolean revoke(long id, String reason, Instant now) {
		return jdbc.sql("""
				UPDATE certificate SET revoked_at = :now, revoked_reason = :reason
				WHERE id = :id AND revoked_at IS NULL
				""").param("now", Timestamp.from(now)).param("reason", reason).param("id", id).update() == 1;
	}

	/** The salted hash and salt of an erased holder's name. */
	public record HolderHash(String hash, String salt) {
	}

	public Optional<HolderHash> holderHash(String code) {
		return jdbc.sql("""
				SELECT holder_hash, holder_salt FROM certificate
				WHERE code = :code AND holder_hash IS NOT NULL AND holder_salt IS NOT NULL""")
			.param("code", code)
			.query((rs, n) -> new HolderHash(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** A learner's certificates whose holder name is still in clear. */
	public List<Certificate> notErased(long userId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM certificate WHERE user_id = :u AND holder_erased_at IS NULL ORDER BY id")
			.param("u", userId)
			.query(CertificateRepository::map)
			.list();
	}

	/**
	 * Replaces the holder's name by its salted hash, the credential by its hashed-holder
	 * version, and any reason text (which may name the holder) by {@code marker}.
	 */
	public int eraseHolder(long id, HolderHash hash, String credential, String marker, Instant now) {
		return jdbc
			.sql("""
					UPDATE certificate SET holder_name = '', holder_hash = :hash, holder_salt = :salt, credential = :credential,
					  manual_reason = IF(manual_reason IS NULL, NULL, :marker),
					  revoked_reason = IF(revoked_reason IS NULL, NULL, :marker), holder_erased_at = :now
					WHERE id = :id AND holder_erased_at IS NULL""")
			.param("hash", hash.hash())
			.param("salt", hash.salt())
			.param("credential", credential)
			.param("marker", marker)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	private static Certificate map(ResultSet rs, int row) throws SQLException {
		long userId = rs.getLong(2);
		Long user = rs.wasNull() ? null : userId;
		Timestamp until = rs.getTimestamp(12);
		Timestamp revoked = rs.getTimestamp(14);
		return new Certificate(rs.getLong(1), user, CertificateKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
				new Text(rs.getString(9), rs.getString(10)), rs.getTimestamp(11).toInstant(),
				until == null ? null : until.toInstant(), rs.getString(13),
				revoked == null ? null : revoked.toInstant(), rs.getString(15));
	}

}
