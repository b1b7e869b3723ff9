package fr.cmacademy.quiz.internal;

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
 * Quiz attempts and every answer. Erasure empties typed answers (essays and short
 * answers, stored as {@code t:<text>}) and keeps choices, numbers, marks, grades and
 * dates, so quiz statistics and grades stay whole.
 */
@Component
class QuizPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	QuizPersonalData(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = StreamingJdbc.of(dataSource);
	}

	@Override
	public String area() {
		return "quiz";
	}

	@Override
	public Set<String> tables() {
		return Set.of("quiz_attempt", "quiz_attempt_slot");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records attempts = out.list("attempts")) {
			streaming.sql("""
					SELECT id, quiz_id, quiz_version, attempt_no, state, started_at, deadline_at, submitted_at,
					  auto_submitted, marks, max_marks, percent, provisional, passed
					FROM quiz_attempt WHERE user_id = :u ORDER BY started_at, id""")
				.param("u", userId)
				.query((RowCallbackHandler) attempts::addRow);
		}
		try (ExportWriter.Records answers = out.list("answers")) {
			streaming.sql("""
					SELECT s.attempt_id, s.slot, s.question_id, s.question_version, s.response, s.saved_at, s.flagged,
					  s.fraction, s.status, s.max_marks
					FROM quiz_attempt_slot s JOIN quiz_attempt a ON a.id = s.attempt_id
					WHERE a.user_id = :u ORDER BY a.started_at, s.attempt_id, s.slot""")
				.param("u", userId)
				.query((RowCallbackHandler) answers::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		context.count("quiz.answers", jdbc.sql("""
				UPDATE quiz_attempt_slot s JOIN quiz_attempt a ON a.id = s.attempt_id
				SET s.response = 't:'
				WHERE a.user_id = :u AND s.response LIKE 't:%' AND s.response <> 't:'""").param("u", userId).update());
	}

}
