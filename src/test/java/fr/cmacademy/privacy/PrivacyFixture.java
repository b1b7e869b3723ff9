package fr.cmacademy.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

/**
 * Users with unique names, e-mails and texts for privacy tests, a cohort, and a reader of
 * export zips.
 */
public final class PrivacyFixture {

	private final TestUsers users;

	private final JdbcClient jdbc;

	public PrivacyFixture(TestUsers users, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * A learner whose display name and e-mail contain a unique token (as does their user
	 * name), so a search of the whole database finds only their own copies.
	 */
	public Person learner(Locale locale) {
		String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		TestUser user = users.create("privacy", locale, Roles.LEARNER);
		String name = "Zoé Effacée-" + token;
		String email = "zoe." + token + "@privacy.example";
		jdbc.sql("UPDATE app_user SET display_name = :n, email = :e WHERE id = :id")
			.param("n", name)
			.param("e", email)
			.param("id", user.id())
			.update();
		return new Person(new TestUser(user.id(), user.username(), name), token, email);
	}

	/** A learner, their unique token (in their name and e-mail) and e-mail address. */
	public record Person(TestUser user, String token, String email) {
	}

	/** A cohort of a new organisation; returns its id. */
	public long cohort() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, :now)")
			.param("n", "Privacy org " + suffix)
			.param("now", now)
			.update();
		jdbc.sql("""
				INSERT INTO cohort (organisation_id, code, name, created_at)
				SELECT id, :c, :n, :now FROM organisation WHERE name = :o""")
			.param("c", "PRIV-" + suffix)
			.param("n", "Cohort " + suffix)
			.param("now", now)
			.param("o", "Privacy org " + suffix)
			.update();
		return jdbc.sql("SELECT id FROM cohort WHERE code = :c")
			.param("c", "PRIV-" + suffix)
			.query(Long.class)
			.single();
	}

	/** The entries of a zip, by name. */
	public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	/**
	 * Every text column of every table holding {@code needle}, as {@code table.column},
	 * by searching all of them.
	 */
	public List<String> columnsContaining(String needle) {
		List<Map<String, Object>> columns = jdbc.sql("""
				SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS
				WHERE TABLE_SCHEMA = DATABASE()
				  AND DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json', 'enum',
				    'set', 'binary', 'varbinary', 'blob', 'mediumblob', 'longblob')
				ORDER BY TABLE_NAME, ORDINAL_POSITION""").query().listOfRows();
		return columns.stream().map(c -> c.get("TABLE_NAME") + "." + c.get("COLUMN_NAME")).filter(column -> {
			String[] parts = column.split("\\.");
			return jdbc
				.sql("SELECT COUNT(*) FROM `" + parts[0] + "` WHERE CAST(`" + parts[1]
						+ "` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci LIKE :needle")
				.param("needle", "%" + needle + "%")
				.query(Long.class)
				.single() > 0;
		}).toList();
	}

}
