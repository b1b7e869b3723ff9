package fr.cmacademy.settings.internal;

import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Platform settings remember the user name of whoever changed them last: exported for
 * that admin, replaced by the anonymous user name on erasure.
 */
@Component
class SettingsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	SettingsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String area() {
		return "settings";
	}

	@Override
	public Set<String> tables() {
		return Set.of("app_setting");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records changed = out.list("changed")) {
			jdbc.sql("""
					SELECT s.name, s.updated_at FROM app_setting s JOIN app_user u ON u.username = s.updated_by
					WHERE u.id = :u ORDER BY s.name""").param("u", userId).query((RowCallbackHandler) changed::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		context.count("settings.changed-by",
				jdbc.sql("UPDATE app_setting SET updated_by = :anon WHERE updated_by = :former")
					.param("anon", context.anonymousUsername())
					.param("former", context.formerUsername())
					.update());
	}

}
