package fr.cmacademy.settings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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

	/** Every setting whose name starts with the prefix ({@code mail.}), in one query. */
	public Map<String, String> findByPrefix(String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		jdbc.sql("SELECT name, value FROM app_setting WHERE name LIKE :prefix")
			.param("prefix", prefix.replace("%", "\\%").replace("_", "\\_") + "%")
			.query(rs -> {
				values.put(rs.getString("name"), rs.getString("value"));
			});
		return values;
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

	public void delete(String name) {
		jdbc.sql("DELETE FROM app_setting WHERE name = :name").param("name", name).update();
	}

}
