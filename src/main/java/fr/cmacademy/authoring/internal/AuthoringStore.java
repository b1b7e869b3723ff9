package fr.cmacademy.authoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for drafts, publications and per-item history.
 */
@Repository
public class AuthoringStore {

	private final JdbcClient jdbc;

	AuthoringStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ModuleRow(String id, String programmeId, String folder, Integer publishedVersion,
			boolean draftChanged, String updatedBy, Instant updatedAt) {
	}

	public record ProgrammeRow(String id, String folder, String yamlHead) {
	}

	public record VersionRow(int version, String publishedBy, Instant publishedAt, String note) {
	}

	public record ChangeRow(int version, String itemPath, String changeKind) {
	}

	public List<ModuleRow> modules() {
		return jdbc.sql("""
				SELECT id, programme_id, folder, published_version, draft_changed, updated_by, updated_at
				FROM authoring_module ORDER BY id""")
			.query((org.springframework.jdbc.core.RowMapper<ModuleRow>) this::module)
			.list();
	}

	public Optional<ModuleRow> module(String id) {
		return jdbc.sql("""
				SELECT id, programme_id, folder, published_version, draft_changed, updated_by, updated_at
				FROM authoring_module WHERE id = :id""")
			.param("id", id)
			.query((org.springframework.jdbc.core.RowMapper<ModuleRow>) this::module)
			.optional();
	}

	/**
	 * Locks the module row for the rest of the transaction (one publication at a time).
	 */
	public Optional<ModuleRow> lock(String id) {
		return jdbc.sql("""
				SELECT id, programme_id, folder, published_version, draft_changed, updated_by, updated_at
				FROM authoring_module WHERE id = :id FOR UPDATE""")
			.param("id", id)
			.query((org.springframework.jdbc.core.RowMapper<ModuleRow>) this::module)
			.optional();
	}

	private ModuleRow module(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		int version = rs.getInt(4);
		Integer published = rs.wasNull() ? null : version;
		return new ModuleRow(rs.getString(1), rs.getString(2), rs.getString(3), published, rs.getBoolean(5),
				rs.getString(6), rs.getTimestamp(7).toInstant());
	}

	public void insertModule(String id, String programmeId, String folder, String by, Instant now) {
		jdbc.sql("""
				INSERT INTO authoring_module (id, programme_id, folder, published_version, draft_changed, updated_by,
				    updated_at) VALUES (:id, :programme, :folder, NULL, TRUE, :by, :now)""")
			.param("id", id)
			.param("programme", programmeId)
			.param("folder", folder)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	public void touch(String id, String by, Instant now) {
		jdbc.sql("UPDATE authoring_module SET draft_changed = TRUE, updated_by = :by, updated_at = :now WHERE id = :id")
			.param("id", id)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	public void published(String id, int version) {
		jdbc.sql("UPDATE authoring_module SET published_version = :v, draft_changed = FALSE WHERE id = :id")
			.param("id", id)
			.param("v", version)
			.update();
	}

	public List<ProgrammeRow> programmes() {
		return jdbc.sql("SELECT id, folder, yaml_head FROM authoring_programme ORDER BY id")
			.query((rs, n) -> new ProgrammeRow(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public void insertProgramme(String id, String folder, String yamlHead, String by, Instant now) {
		jdbc.sql("""
				INSERT INTO authoring_programme (id, folder, yaml_head, created_by, created_at)
				VALUES (:id, :folder, :yaml, :by, :now)""")
			.param("id", id)
			.param("folder", folder)
			.param("yaml", yamlHead)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	public Map<String, byte[]> files(String moduleId) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		jdbc.sql("SELECT path, data FROM authoring_file WHERE module_id = :id ORDER BY path")
			.param("id", moduleId)
			.query(rs -> {
				files.put(rs.getString(1), rs.getBytes(2));
			});
		return files;
	}

	public void saveFile(String moduleId, String path, byte[] data, String by, Instant now) {
		jdbc.sql("""
				INSERT INTO authoring_file (module_id, path, data, updated_by, updated_at)
				VALUES (:id, :path, :data, :by, :now)
				ON DUPLICATE KEY UPDATE data = VALUES(data), updated_by = VALUES(updated_by),
				    updated_at = VALUES(updated_at)""")
			.param("id", moduleId)
			.param("path", path)
			.param("data", data)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	public int deleteFiles(String moduleId, String pathOrPrefix) {
		return jdbc.sql("DELETE FROM authoring_file WHERE module_id = :id AND (path = :p OR path LIKE :prefix)")
			.param("id", moduleId)
			.param("p", pathOrPrefix)
			.param("prefix", pathOrPrefix.replace("%", "\\%").replace("_", "\\_") + "/%")
			.update();
	}

	public void deleteAllFiles(String moduleId) {
		jdbc.sql("DELETE FROM authoring_file WHERE module_id = :id").param("id", moduleId).update();
	}

	public void insertVersion(String moduleId, int version, byte[] archive, String by, Instant now, String note) {
		jdbc.sql("""
				INSERT INTO authoring_version (module_id, version, archive, published_by, published_at, note)
				VALUES (:id, :v, :archive, :by, :now, :note)""")
			.param("id", moduleId)
			.param("v", version)
			.param("archive", archive)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("note", note)
			.update();
	}

	public void insertChange(String moduleId, int version, String itemPath, String kind) {
		jdbc.sql("""
				INSERT INTO authoring_item_change (module_id, version, item_path, change_kind)
				VALUES (:id, :v, :path, :kind)""")
			.param("id", moduleId)
			.param("v", version)
			.param("path", itemPath)
			.param("kind", kind)
			.update();
	}

	public Optional<byte[]> archive(String moduleId, int version) {
		return jdbc.sql("SELECT archive FROM authoring_version WHERE module_id = :id AND version = :v")
			.param("id", moduleId)
			.param("v", version)
			.query(byte[].class)
			.optional();
	}

	public List<VersionRow> versions(String moduleId) {
		return jdbc.sql("""
				SELECT version, published_by, published_at, note FROM authoring_version
				WHERE module_id = :id ORDER BY version DESC""")
			.param("id", moduleId)
			.query((rs, n) -> new VersionRow(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4)))
			.list();
	}

	public List<ChangeRow> changes(String moduleId) {
		return jdbc.sql("""
				SELECT version, item_path, change_kind FROM authoring_item_change
				WHERE module_id = :id ORDER BY version DESC, item_path""")
			.param("id", moduleId)
			.query((rs, n) -> new ChangeRow(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

}
