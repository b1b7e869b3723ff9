package fr.cmacademy.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.content.TestContent;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small programme with a certificate (two lessons, valid 24 months) and learners who
 * complete it; removes what it created.
 */
public final class CertificateFixture {

	public final TestContent content = new TestContent();

	private final TestUsers users;

	private final JdbcClient jdbc;

	private final ContentSyncService sync;

	private final List<TestUser> created = new ArrayList<>();

	public final String quizId;

	public CertificateFixture(TestUsers users, JdbcClient jdbc, ContentSyncService sync) {
		this(users, jdbc, sync, null);
	}

	/**
	 * With a minimum quiz grade, the module also holds a one-question quiz
	 * ({@link #quizId}) whose grade must reach it.
	 */
	public CertificateFixture(TestUsers users, JdbcClient jdbc, ContentSyncService sync,
			@Nullable Integer minQuizPercent) {
		this.users = users;
		this.jdbc = jdbc;
		this.sync = sync;
		String suffix = content.programmeId.substring("sync-programme-".length());
		quizId = "quiz-" + suffix;
		if (minQuizPercent != null) {
			content.writeQuiz("01-quiz", """
					id: %s
					title: { fr: Quiz de test, en: Test quiz }
					intro: { fr: Une question., en: One question. }
					questions:
					  - question: q1-%s
					pass_mark: 60
					""".formatted(quizId, suffix), bank(suffix, "Que fait un CM ?", "Il anime une communauté"),
					bank(suffix, "What does a CM do?", "Runs a community"));
		}
		Path programme = content.moduleFolder().getParent().resolve("programme.yaml");
		try {
			TestContent.write(programme, Files.readString(programme) + """
					certificate:
					  title: { fr: Testeur certifié, en: Certified tester }
					  description: { fr: A terminé le parcours de test., en: Completed the test programme. }
					  modules: [%s]
					  validity_months: 24
					  min_quiz_percent: %d
					  skills:
					    - { fr: Tester sans relâche, en: Testing relentlessly }
					""".formatted(content.moduleId, minQuizPercent == null ? 0 : minQuizPercent));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(content.sync(sync).problems()).isEmpty();
	}

	private static String bank(String suffix, String question, String answer) {
		return """
				$CATEGORY: test-%s/basics

				// [id:q1-%s]
				::Rôle::%s{
				  =%s
				  ~42
				}
				""".formatted(suffix, suffix, question, answer);
	}

	public TestUser learner(Locale locale) {
		TestUser learner = users.create("certified", locale, Roles.LEARNER);
		created.add(learner);
		return learner;
	}

	public TestUser admin() {
		TestUser admin = users.create("registrar", Locale.ENGLISH, Roles.ADMIN);
		created.add(admin);
		return admin;
	}

	/** Signs the learner in, enrols them and completes both lessons. */
	public void completeProgramme(TestUser learner, ProgressService progress) {
		users.signIn(learner);
		progress.enrol(content.programmeId);
		for (String lesson : List.of(content.firstLessonId, content.secondLessonId)) {
			progress.openLesson(lesson);
			progress.complete(lesson);
		}
	}

	public int certificateRows(TestUser learner) {
		return jdbc.sql("SELECT COUNT(*) FROM certificate WHERE user_id = :u AND kind = 'CERTIFICATE'")
			.param("u", learner.id())
			.query(Integer.class)
			.single();
	}

	public void cleanUp() {
		TestUsers.signOut();
		created.forEach(u -> {
			jdbc.sql("DELETE FROM certificate WHERE user_id = :id").param("id", u.id()).update();
			jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", u.id()).update();
		});
		TestContent.restoreShipped(sync);
	}

}
