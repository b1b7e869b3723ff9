package fr.cmacademy.quiz.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.quiz.QuizResults.AttemptRecord;
import fr.cmacademy.quiz.QuizResults.QuizResult;
import fr.cmacademy.quiz.internal.AttemptRepository.AttemptRow;

/**
 * Bulk reads of attempts for trainers' read models. Grades go through {@link QuizGrades},
 * the same rule the learner's own quiz page applies.
 */
@Repository
public class QuizResultRepository {

	private static final String COLUMNS = """
			id, user_id, quiz_id, quiz_version, attempt_no, state, seed, started_at, deadline_at, submit_by,
			submitted_at, auto_submitted, marks, max_marks, percent, provisional, passed""";

	private final JdbcClient jdbc;

	QuizResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, Map<String, QuizResult>> results(Collection<Long> userIds, Map<String, Grading> gradings) {
		Map<Long, Map<String, List<AttemptRow>>> rows = new HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM quiz_attempt WHERE user_id IN (:u) AND quiz_id IN (:q)")
			.param("u", userIds)
			.param("q", gradings.keySet())
			.query(rs -> {
				AttemptRow row = row(rs);
				rows.computeIfAbsent(row.userId(), k -> new HashMap<>())
					.computeIfAbsent(row.quizId(), k -> new ArrayList<>())
					.add(row);
			});
		Map<Long, Map<String, QuizResult>> results = new HashMap<>();
		rows.forEach((user, byQuiz) -> {
			Map<String, QuizResult> quizResults = new HashMap<>();
			byQuiz.forEach((quiz, attempts) -> {
				attempts.sort(Comparator.comparingInt(AttemptRow::number));
				quizResults.put(quiz, result(gradings.get(quiz), attempts));
			});
			results.put(user, quizResults);
		});
		return results;
	}

	private static QuizResult result(Grading grading, List<AttemptRow> attempts) {
		int submitted = 0;
		boolean provisional = false;
		boolean open = false;
		Instant last = null;
		for (AttemptRow attempt : attempts) {
			if (attempt.submitted()) {
				submitted++;
				provisional |= attempt.provisional();
				if (attempt.submittedAt() != null && (last == null || attempt.submittedAt().isAfter(last))) {
					last = attempt.submittedAt();
				}
			}
			else {
				open = true;
			}
		}
		return new QuizResult(QuizGrades.grade(grading, attempts), submitted, provisional, open, last);
	}

	public List<AttemptRecord> attempts(long userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM quiz_attempt WHERE user_id = :u ORDER BY quiz_id, attempt_no")
			.param("u", userId)
			.query((rs, n) -> {
				AttemptRow a = row(rs);
				return new AttemptRecord(a.id(), a.quizId(), a.number(), a.submitted(), a.startedAt(), a.submittedAt(),
						a.autoSubmitted(), a.percent(), a.provisional(), a.passed());
			})
			.list();
	}

	private static AttemptRow row(ResultSet rs) throws SQLException {
		boolean passedNull = rs.getObject(17) == null;
		return new AttemptRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
				"SUBMITTED".equals(rs.getString(6)), rs.getLong(7), rs.getTimestamp(8).toInstant(), instant(rs, 9),
				instant(rs, 10), instant(rs, 11), rs.getBoolean(12), decimal(rs, 13), rs.getDouble(14), decimal(rs, 15),
				rs.getBoolean(16), passedNull ? null : rs.getBoolean(17));
	}

	private static @Nullable Double decimal(ResultSet rs, int column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
