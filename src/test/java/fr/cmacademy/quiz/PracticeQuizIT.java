package fr.cmacademy.quiz;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.content.TestContent;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.question.CorrectAnswer;
import fr.cmacademy.question.Status;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A practice quiz that shows feedback during the attempt: a checked question shows its
 * outcome and is locked.
 */
@IntegrationTest
class PracticeQuizIT {

	@Autowired
	QuizService quizzes;

	@Autowired
	AttemptService attempts;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentSyncService sync;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private QuizFixture fixture;

	private TestUser learner;

	@BeforeEach
	void publish() {
		fixture = new QuizFixture("review:\n  during: [marks, feedback, correct]");
		assertThat(fixture.content.sync(sync).problems()).isEmpty();
		learner = users.create("practice", Locale.FRENCH, Roles.LEARNER);
		users.signIn(learner);
		progress.enrol(fixture.content.programmeId);
	}

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", learner.id()).update();
		TestContent.restoreShipped(sync);
	}

	@Test
	void a_checked_answer_shows_its_outcome_and_is_locked() {
		long id = quizzes.start(fixture.quizId);
		AttemptSheet sheet = attempts.sheet(id);
		assertThatThrownBy(() -> attempts.check(id, 0)).isInstanceOf(IllegalStateException.class);
		attempts.save(id, 0, CorrectAnswer.of(sheet.slots().get(0).question().fr()), 0);
		assertThat(attempts.check(id, 0).status()).isEqualTo(Status.CORRECT);
		assertThat(attempts.sheet(id).slots().get(0).checked()).isTrue();
		assertThat(attempts.save(id, 0, new TextResponse("changed after seeing the answer"), 1))
			.isInstanceOf(SaveResult.Conflict.class);
	}

}
