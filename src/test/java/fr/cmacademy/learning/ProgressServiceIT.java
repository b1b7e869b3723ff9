package fr.cmacademy.learning;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enrolment and progress on the shipped module 0, per learner, checked on the server.
 */
@IntegrationTest
class ProgressServiceIT {

	private static final String PROGRAMME = "cm-certification";

	private static final String LESSON = "cm-what-a-cm-does";

	@Autowired
	ProgressService progress;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void a_learner_cannot_open_a_lesson_of_a_programme_they_did_not_join() {
		signIn(Roles.LEARNER);
		assertThatThrownBy(() -> progress.openLesson(LESSON)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_trainer_has_no_learner_progress_to_call() {
		signIn(Roles.TRAINER);
		assertThatThrownBy(() -> progress.enrolments()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void enrolment_is_idempotent_and_progress_is_per_learner() {
		TestUser first = signIn(Roles.LEARNER);
		progress.enrol(PROGRAMME);
		progress.enrol(PROGRAMME);
		progress.openLesson(LESSON);
		progress.complete(LESSON);
		var module = catalog.module("cm-profession").orElseThrow();
		assertThat(progress.progress(module).status(LESSON)).isEqualTo(ItemStatus.DONE);
		assertThat(progress.progress(module).fraction()).isEqualTo(1 / 6.0);

		signIn(Roles.LEARNER);
		progress.enrol(PROGRAMME);
		assertThat(progress.progress(module).status(LESSON)).as("another learner starts from zero")
			.isEqualTo(ItemStatus.NOT_STARTED);
		assertThat(first.id()).isPositive();
	}

	@Test
	void the_lessons_alone_do_not_complete_a_module_with_a_quiz_and_the_quiz_cannot_be_ticked() {
		signIn(Roles.LEARNER);
		progress.enrol(PROGRAMME);
		var module = catalog.module("cm-profession").orElseThrow();
		module.items().stream().filter(item -> item.kind().equals("LESSON")).forEach(item -> {
			progress.openLesson(item.id());
			progress.complete(item.id());
		});
		assertThat(progress.progress(module).completed()).isFalse();
		assertThat(progress.progress(module).fraction()).isCloseTo(5 / 6.0, org.assertj.core.data.Offset.offset(0.001));
		assertThat(progress.continueWith(catalog.catalog())).get()
			.satisfies(next -> assertThat(next.id()).isEqualTo("cm-profession-quiz"));
		assertThatThrownBy(() -> progress.complete("cm-profession-quiz")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void continue_points_at_the_last_unfinished_lesson() {
		signIn(Roles.LEARNER);
		progress.enrol(PROGRAMME);
		progress.openLesson("cm-history");
		assertThat(progress.continueWith(catalog.catalog())).get().extracting(i -> i.id()).isEqualTo("cm-history");
	}

	@Test
	void time_spent_is_counted_and_capped_per_stretch() {
		TestUser learner = signIn(Roles.LEARNER);
		progress.enrol(PROGRAMME);
		progress.openLesson(LESSON);
		progress.addTime(LESSON, Duration.ofMinutes(3));
		progress.addTime(LESSON, Duration.ofHours(9));
		Integer seconds = jdbc.sql("SELECT time_spent_seconds FROM item_progress WHERE user_id = :u AND item_id = :i")
			.param("u", learner.id())
			.param("i", LESSON)
			.query(Integer.class)
			.single();
		assertThat(seconds).isEqualTo(3 * 60 + 30 * 60);
	}

	private TestUser signIn(String role) {
		TestUser user = users.create(role.toLowerCase(Locale.ROOT), Locale.ENGLISH, role);
		users.signIn(user);
		return user;
	}

}
