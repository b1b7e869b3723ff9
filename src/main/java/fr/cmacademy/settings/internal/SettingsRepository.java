package fr.cmacademy.settings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Key/value settings rows.
 */
@Repository
public class SettingsRepository {

	private final JdbcClient jdbc;

	SettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> find(String name) {
		return jdbc.sql("SELECT value FROM app_setting WHERE name = :name")
			.param("name", name)
			.query(String.class)
			.optional();
	}

	public void save(String name, String value, @Nullable String by, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO app_setting (name, value, updated_at, updated_by) VALUES (:name, :value, :now, :by)
						ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)
						""")
			.param("name", name)
			.param("value", value)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

}
