package fr.cmacademy.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestClock;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.content.TestContent;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline job with the test clock: a quiz closing within 48 hours reminds each
 * enrolled learner who has not submitted it, once.
 */
@IntegrationTest
class DeadlineRemindersIT {

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	NotificationService notifications;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentSyncService sync;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private final List<TestUser> created = new ArrayList<>();

	private TestContent content;

	private String quizId;

	@BeforeEach
	void publishQuizClosingInThreeDays() {
		content = new TestContent();
		String suffix = content.programmeId.substring("sync-programme-".length());
		quizId = "quiz-deadline-" + suffix;
		OffsetDateTime closesAt = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
		content.writeQuiz("01-quiz", """
				id: %s
				title: { fr: Quiz à rendre, en: Quiz due }
				intro: { fr: Une question., en: One question. }
				questions:
				  - question: qd-%s
				pass_mark: 50
				closes_at: %s
				""".formatted(quizId, suffix, closesAt), bank(suffix, "Un CM modère une communauté."),
				bank(suffix, "A CM moderates a community."));
		assertThat(content.sync(sync).problems()).isEmpty();
	}

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		clock.reset();
		created.forEach(u -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", u.id()).update());
		TestContent.restoreShipped(sync);
	}

	@Test
	void enrolled_learners_are_reminded_once_when_the_quiz_closes_within_48_hours() {
		TestUser camille = learner(Locale.FRENCH, true);
		TestUser jordan = learner(Locale.ENGLISH, true);
		TestUser notEnrolled = learner(Locale.FRENCH, false);

		reminders.remind();
		assertThat(reminders(camille)).isZero();

		clock.advance(Duration.ofDays(2));
		reminders.remind();
		reminders.remind();

		assertThat(reminders(camille)).isEqualTo(1);
		assertThat(reminders(jordan)).isEqualTo(1);
		assertThat(reminders(notEnrolled)).isZero();
		users.signIn(camille);
		NotificationEntry entry = notifications.recent(0, 10).get(0);
		assertThat(entry.kind()).isEqualTo(NotificationKinds.DEADLINE_SOON);
		assertThat(entry.args().get(0)).isEqualTo("Quiz à rendre");
		assertThat(entry.link()).isEqualTo("quizzes/" + quizId);
		users.signIn(jordan);
		assertThat(notifications.recent(0, 10).get(0).args().get(0)).isEqualTo("Quiz due");
	}

	@Test
	void a_learner_who_submitted_the_quiz_is_not_reminded() {
		TestUser done = learner(Locale.FRENCH, true);
		jdbc.sql("""
				INSERT INTO quiz_attempt (user_id, quiz_id, quiz_version, attempt_no, state, seed, started_at,
				  submitted_at, max_marks, marks, percent, passed)
				VALUES (:u, :q, 1, 1, 'SUBMITTED', 1, NOW(6), NOW(6), 1, 1, 100, TRUE)
				""").param("u", done.id()).param("q", quizId).update();

		clock.advance(Duration.ofDays(2));
		reminders.remind();

		assertThat(reminders(done)).isZero();
	}

	@Test
	void nobody_is_reminded_after_the_quiz_closed() {
		TestUser late = learner(Locale.FRENCH, true);
		clock.advance(Duration.ofDays(4));
		reminders.remind();
		assertThat(reminders(late)).isZero();
	}

	private TestUser learner(Locale locale, boolean enrolled) {
		TestUser learner = users.create("deadline", locale, Roles.LEARNER);
		created.add(learner);
		if (enrolled) {
			users.signIn(learner);
			progress.enrol(content.programmeId);
			TestUsers.signOut();
		}
		return learner;
	}

	private long reminders(TestUser user) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND kind = 'deadline-soon'")
			.param("u", user.id())
			.query(Long.class)
			.single();
	}

	private static String bank(String suffix, String statement) {
		return """
				$CATEGORY: test-%s/basics

				// [id:qd-%s]
				::Vrai ou faux::%s{TRUE}
				""".formatted(suffix, suffix, statement);
	}

}
