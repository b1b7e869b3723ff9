package fr.cmacademy.notification.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who still has to do something before a deadline. Reads the enrolment and attempt tables
 * in one query per deadline (never one per learner); the features that own them are not
 * asked, because they would have to depend on this one to answer for every learner.
 */
@Repository
public class DeadlineRepository {

	private final JdbcClient jdbc;

	DeadlineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Active learners enrolled in the programme who have no submitted attempt on the quiz
	 * and no notification with the once-key yet.
	 */
	public List<Learner> quizNotSubmitted(String programmeId, String quizId, String onceKey) {
		return jdbc.sql("""
				SELECT e.user_id, u.preferred_locale
				FROM enrolment e JOIN app_user u ON u.id = e.user_id AND u.enabled
				WHERE e.programme_id = :p
				  AND NOT EXISTS (SELECT 1 FROM quiz_attempt a
				                  WHERE a.user_id = e.user_id AND a.quiz_id = :q AND a.state = 'SUBMITTED')
				  AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = e.user_id AND n.once_key = :key)
				""")
			.param("p", programmeId)
			.param("q", quizId)
			.param("key", onceKey)
			.query((rs, row) -> new Learner(rs.getLong(1), NotificationRepository.locale(rs.getString(2))))
			.list();
	}

	/** A learner and their preferred language. */
	public record Learner(long userId, Locale locale) {
	}

}
