package fr.cmacademy.audit.internal;

import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * The audit log names users by id only (actor, or target of kind {@code user}) and its
 * details hold no personal data by rule: the user's entries are exported, and erasure
 * leaves the log as it is (who did what must stay accountable).
 */
@Component
class AuditPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	AuditPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String area() {
		return "audit";
	}

	@Override
	public Set<String> tables() {
		return Set.of("audit_log");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records entries = out.list("entries")) {
			jdbc.sql("""
					SELECT at, action, target_kind, target_id, detail, actor_id = :u AS by_you FROM audit_log
					WHERE actor_id = :u OR (target_kind = 'user' AND target_id = :id) ORDER BY at, id""")
				.param("u", userId)
				.param("id", Long.toString(userId))
				.query((RowCallbackHandler) entries::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		// Ids only, by rule: nothing to anonymise.
	}

}
