package fr.cmacademy.learning.internal;

import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Enrolments and progress. They hold no text, only ids, dates and time spent: erasure
 * keeps them so completion figures and the gradebook still count the learner.
 */
@Component
class LearningPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	LearningPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String area() {
		return "learning";
	}

	@Override
	public Set<String> tables() {
		return Set.of("enrolment", "item_progress");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records enrolments = out.list("enrolments")) {
			jdbc.sql("SELECT programme_id, enrolled_at FROM enrolment WHERE user_id = :u ORDER BY enrolled_at")
				.param("u", userId)
				.query((RowCallbackHandler) enrolments::addRow);
		}
		try (ExportWriter.Records progress = out.list("progress")) {
			jdbc.sql("""
					SELECT item_id, version, started_at, completed_at, last_seen_at, time_spent_seconds
					FROM item_progress WHERE user_id = :u ORDER BY started_at, item_id""")
				.param("u", userId)
				.query((RowCallbackHandler) progress::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		// Nothing identifies the learner here: ids, dates and durations stay for the
		// statistics.
	}

}
