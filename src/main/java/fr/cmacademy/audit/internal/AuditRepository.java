package fr.cmacademy.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.audit.AuditEntry;

@Repository
public class AuditRepository {

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Instant at, @Nullable Long actorId, String action, String targetKind, @Nullable String targetId,
			@Nullable String detail) {
		jdbc.sql("""
				INSERT INTO audit_log (at, actor_id, action, target_kind, target_id, detail)
				VALUES (:at, :actor, :action, :kind, :target, :detail)""")
			.param("at", Timestamp.from(at))
			.param("actor", actorId)
			.param("action", action)
			.param("kind", targetKind)
			.param("target", targetId)
			.param("detail", detail)
			.update();
	}

	/**
	 * Newest first; {@code actionPrefix} filters on the action's start (empty for all).
	 */
	public List<AuditEntry> page(String actionPrefix, @Nullable String targetKind, @Nullable String targetId,
			int offset, int limit) {
		return jdbc.sql("""
				SELECT id, at, actor_id, action, target_kind, target_id, detail FROM audit_log
				WHERE action LIKE :prefix
				  AND (:kind IS NULL OR target_kind = :kind) AND (:target IS NULL OR target_id = :target)
				ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset""")
			.param("prefix", like(actionPrefix))
			.param("kind", targetKind)
			.param("target", targetId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					rs.getObject("actor_id") == null ? null : rs.getLong("actor_id"), rs.getString("action"),
					rs.getString("target_kind"), rs.getString("target_id"), rs.getString("detail")))
			.list();
	}

	public int count(String actionPrefix, @Nullable String targetKind, @Nullable String targetId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM audit_log WHERE action LIKE :prefix
				  AND (:kind IS NULL OR target_kind = :kind) AND (:target IS NULL OR target_id = :target)""")
			.param("prefix", like(actionPrefix))
			.param("kind", targetKind)
			.param("target", targetId)
			.query(Integer.class)
			.single();
	}

	private static String like(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
