package fr.cmacademy.userimport.internal;

import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Imports an admin ran. Problems hold row numbers and message keys, never names or
 * addresses, and the uploaded file is deleted after the import: what stays about the
 * admin is the job's id, dates and counts, which erasure keeps (the audit trail of an
 * import needs them); the file name they uploaded is blanked, since it is free text.
 */
@Component
class ImportPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	ImportPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String area() {
		return "user-import";
	}

	@Override
	public Set<String> tables() {
		return Set.of("user_import_job");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records jobs = out.list("imports")) {
			jdbc.sql("""
					SELECT id, created_at, file_name, file_size, state, rows_read, created, unchanged, invalid, joined,
					  started_at, finished_at
					FROM user_import_job WHERE created_by = :u ORDER BY created_at, id""")
				.param("u", userId)
				.query((RowCallbackHandler) jobs::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		context.count("user-import.file-names-erased",
				jdbc.sql("UPDATE user_import_job SET file_name = '' WHERE created_by = :u AND file_name <> ''")
					.param("u", userId)
					.update());
	}

}
