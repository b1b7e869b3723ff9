package fr.cmacademy.cohort.internal;

import java.sql.Timestamp;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Cohort memberships. Erasure ends current memberships (as a removal does) and keeps the
 * rows, so a cohort's history and counts stay right.
 */
@Component
class CohortPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	CohortPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String area() {
		return "cohort";
	}

	@Override
	public Set<String> tables() {
		return Set.of("cohort_member");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records memberships = out.list("memberships")) {
			jdbc.sql(
					"""
							SELECT c.code AS cohort_code, c.name AS cohort_name, o.name AS organisation, m.role, m.added_at,
							  m.removed_at
							FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id JOIN organisation o ON o.id = c.organisation_id
							WHERE m.user_id = :u ORDER BY m.added_at, c.code""")
				.param("u", userId)
				.query((RowCallbackHandler) memberships::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		context.count("cohort.memberships-ended",
				jdbc.sql("UPDATE cohort_member SET removed_at = :now WHERE user_id = :u AND removed_at IS NULL")
					.param("now", Timestamp.from(context.now()))
					.param("u", userId)
					.update());
	}

}
