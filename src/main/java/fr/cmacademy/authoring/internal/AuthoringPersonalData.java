package fr.cmacademy.authoring.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Who authored what: drafts and publications name their author by user name. The export
 * lists what the user created, changed and published; erasure replaces their user name by
 * the anonymous one everywhere and keeps the content, which belongs to the platform.
 */
@Component
class AuthoringPersonalData implements PersonalData {

	/** Table → its author column. */
	private static final Map<String, String> AUTHORS = Map.of("authoring_programme", "created_by", "authoring_module",
			"updated_by", "authoring_file", "updated_by", "authoring_version", "published_by");

	private final JdbcClient jdbc;

	AuthoringPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String area() {
		return "authoring";
	}

	@Override
	public Set<String> tables() {
		return AUTHORS.keySet();
	}

	@Override
	public void export(long userId, ExportWriter out) {
		String username = jdbc.sql("SELECT username FROM app_user WHERE id = :u")
			.param("u", userId)
			.query(String.class)
			.optional()
			.orElse("");
		try (ExportWriter.Records programmes = out.list("programmes-created")) {
			jdbc.sql("SELECT id, created_at FROM authoring_programme WHERE created_by = :by ORDER BY created_at")
				.param("by", username)
				.query((RowCallbackHandler) programmes::addRow);
		}
		try (ExportWriter.Records files = out.list("draft-files-last-changed")) {
			jdbc.sql(
					"SELECT module_id, path, updated_at FROM authoring_file WHERE updated_by = :by ORDER BY updated_at")
				.param("by", username)
				.query((RowCallbackHandler) files::addRow);
		}
		try (ExportWriter.Records versions = out.list("publications")) {
			jdbc.sql("""
					SELECT module_id, version, published_at, note FROM authoring_version
					WHERE published_by = :by ORDER BY published_at""")
				.param("by", username)
				.query((RowCallbackHandler) versions::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		if (context.formerUsername().isEmpty()) {
			return;
		}
		AUTHORS.forEach((table, column) -> context.count("authoring.authors-anonymised",
				jdbc.sql("UPDATE " + table + " SET " + column + " = :anon WHERE " + column + " = :by")
					.param("anon", context.anonymousUsername())
					.param("by", context.formerUsername())
					.update()));
	}

}
