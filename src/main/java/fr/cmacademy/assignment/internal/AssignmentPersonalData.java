package fr.cmacademy.assignment.internal;

import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;
import fr.cmacademy.shared.privacy.StreamingJdbc;

/**
 * Assignment drafts and submissions (text only: assignments take no file). Erasure
 * empties the text and keeps state, dates and the released grade.
 */
@Component
class AssignmentPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	AssignmentPersonalData(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = StreamingJdbc.of(dataSource);
	}

	@Override
	public String area() {
		return "assignment";
	}

	@Override
	public Set<String> tables() {
		return Set.of("assignment_submission");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records submissions = out.list("submissions")) {
			streaming.sql("""
					SELECT id, assignment_id, assignment_version, state, body, started_at, saved_at, submitted_at,
					  points, max_points, percent, passed, graded_at
					FROM assignment_submission WHERE user_id = :u ORDER BY started_at, id""")
				.param("u", userId)
				.query((RowCallbackHandler) submissions::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		context.count("assignment.texts",
				jdbc.sql("UPDATE assignment_submission SET body = '' WHERE user_id = :u AND body <> ''")
					.param("u", userId)
					.update());
	}

}
