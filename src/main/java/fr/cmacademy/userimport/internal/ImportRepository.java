package fr.cmacademy.userimport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.cmacademy.userimport.ColumnMapping;
import fr.cmacademy.userimport.ImportField;
import fr.cmacademy.userimport.ImportJob;
import fr.cmacademy.userimport.ImportJob.State;
import fr.cmacademy.userimport.ImportProblem;

/**
 * Import jobs and their problems. State changes are conditional updates, so a job starts
 * once however many clicks ask for it.
 */
@Repository
public class ImportRepository {

	private static final String SELECT = """
			SELECT id, file_name, stored_file, file_size, encoding, has_bom, separator_char, headers, mapping, state,
			       rows_read, created, unchanged, invalid, joined, bytes_read, created_at, finished_at, failure_key
			FROM user_import_job""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ImportRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A job with where its file is kept (null once deleted) and its encoding details. */
	public record StoredJob(ImportJob job, @Nullable String storedFile, boolean bom) {
	}

	public long insert(@Nullable Long createdBy, String fileName, String storedFile, long size, String encoding,
			boolean bom, char separator, List<String> headers, ColumnMapping mapping, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO user_import_job (created_by, created_at, file_name, stored_file, file_size, encoding, has_bom,
						  separator_char, headers, mapping, state)
						VALUES (:by, :now, :name, :stored, :size, :enc, :bom, :sep, :headers, :mapping, 'UPLOADED')""")
			.param("by", createdBy)
			.param("now", Timestamp.from(now))
			.param("name", fileName)
			.param("stored", storedFile)
			.param("size", size)
			.param("enc", encoding)
			.param("bom", bom)
			.param("sep", String.valueOf(separator))
			.param("headers", String.join("\n", headers))
			.param("mapping", mapping.encode())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<StoredJob> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ImportRepository::map).optional();
	}

	public List<ImportJob> recent(int limit) {
		return jdbc.sql(SELECT + " ORDER BY created_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(ImportRepository::map)
			.list()
			.stream()
			.map(StoredJob::job)
			.toList();
	}

	public void saveMapping(long id, ColumnMapping mapping) {
		jdbc.sql("UPDATE user_import_job SET mapping = :m WHERE id = :id AND state = 'UPLOADED'")
			.param("m", mapping.encode())
			.param("id", id)
			.update();
	}

	/** Moves an uploaded job to the queue; false if it was not waiting any more. */
	public boolean queue(long id, ColumnMapping mapping) {
		return jdbc
			.sql("UPDATE user_import_job SET state = 'QUEUED', mapping = :m WHERE id = :id AND state = 'UPLOADED'"
					+ " AND stored_file IS NOT NULL")
			.param("m", mapping.encode())
			.param("id", id)
			.update() == 1;
	}

	public void running(long id, Instant now) {
		jdbc.sql("UPDATE user_import_job SET state = 'RUNNING', started_at = :now WHERE id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	public void progress(long id, int rows, int created, int unchanged, int invalid, int joined, long bytes) {
		jdbc.sql("""
				UPDATE user_import_job SET rows_read = :rows, created = :created, unchanged = :unchanged,
				  invalid = :invalid, joined = :joined, bytes_read = :bytes WHERE id = :id""")
			.param("rows", rows)
			.param("created", created)
			.param("unchanged", unchanged)
			.param("invalid", invalid)
			.param("joined", joined)
			.param("bytes", bytes)
			.param("id", id)
			.update();
	}

	public void finish(long id, State state, @Nullable String failureKey, Instant now) {
		jdbc.sql("""
				UPDATE user_import_job SET state = :state, failure_key = :failure, finished_at = :now
				WHERE id = :id""")
			.param("state", state.name())
			.param("failure", failureKey)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	public void forgetFile(long id) {
		jdbc.sql("UPDATE user_import_job SET stored_file = NULL WHERE id = :id").param("id", id).update();
	}

	/** Jobs whose file is still kept, created before the given time and not running. */
	public List<StoredJob> keptFilesBefore(Instant before) {
		return jdbc
			.sql(SELECT + " WHERE stored_file IS NOT NULL AND created_at < :before"
					+ " AND state NOT IN ('QUEUED', 'RUNNING')")
			.param("before", Timestamp.from(before))
			.query(ImportRepository::map)
			.list();
	}

	/** Jobs a stopped server left queued or running. */
	public List<StoredJob> unfinished() {
		return jdbc.sql(SELECT + " WHERE state IN ('QUEUED', 'RUNNING')").query(ImportRepository::map).list();
	}

	public void addProblems(long jobId, List<ImportProblem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(problems.size());
		for (ImportProblem p : problems) {
			rows.add(new Object[] { jobId, p.row(), p.field() == null ? null : p.field().name(), p.messageKey(),
					p.argument() });
		}
		template.batchUpdate(
				"INSERT INTO user_import_problem (job_id, row_no, field, message_key, argument) VALUES (?, ?, ?, ?, ?)",
				rows);
	}

	public List<ImportProblem> problems(long jobId, int offset, int limit) {
		return jdbc.sql("""
				SELECT row_no, field, message_key, argument FROM user_import_problem WHERE job_id = :job
				ORDER BY id LIMIT :limit OFFSET :offset""")
			.param("job", jobId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new ImportProblem(rs.getInt(1),
					rs.getString(2) == null ? null : ImportField.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	public int problemCount(long jobId) {
		return jdbc.sql("SELECT COUNT(*) FROM user_import_problem WHERE job_id = :job")
			.param("job", jobId)
			.query(Integer.class)
			.single();
	}

	private static StoredJob map(ResultSet rs, int row) throws SQLException {
		String headers = rs.getString("headers");
		long size = rs.getLong("file_size");
		Timestamp finished = rs.getTimestamp("finished_at");
		ImportJob job = new ImportJob(rs.getLong("id"), rs.getString("file_name"), size,
				State.valueOf(rs.getString("state")), rs.getString("encoding"),
				rs.getString("separator_char").charAt(0),
				headers.isEmpty() ? List.of() : Arrays.asList(headers.split("\n", -1)),
				ColumnMapping.decode(rs.getString("mapping")), rs.getInt("rows_read"), rs.getInt("created"),
				rs.getInt("unchanged"), rs.getInt("invalid"), rs.getInt("joined"),
				size == 0 ? 0 : Math.min(1.0, (double) rs.getLong("bytes_read") / size),
				rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
				rs.getString("failure_key"));
		return new StoredJob(job, rs.getString("stored_file"), rs.getBoolean("has_bom"));
	}

}
