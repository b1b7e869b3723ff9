package fr.cmacademy.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.learning.ItemStatus;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader against the real database: idempotent, versioned, all or nothing.
 */
@IntegrationTest
class ContentSyncIT {

	@Autowired
	ContentSyncService sync;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	ProgressService progress;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private final List<TestUser> learners = new ArrayList<>();

	@AfterEach
	void restoreShippedContent() {
		TestUsers.signOut();
		// Test learners go (their progress with them), so the test items can leave with
		// the next sync.
		learners.forEach(l -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", l.id()).update());
		assertThat(sync.sync(Path.of("content")).applied()).isTrue();
	}

	@Test
	void the_shipped_curriculum_is_loaded_at_start_up() {
		var programme = catalog.catalog()
			.programmes()
			.stream()
			.filter(p -> p.id().equals("cm-certification"))
			.findFirst()
			.orElseThrow();
		var module = programme.modules().get(0);
		assertThat(module.id()).isEqualTo("cm-profession");
		assertThat(module.items()).extracting(Catalog.ItemEntry::id)
			.containsExactly("cm-what-a-cm-does", "cm-history", "cm-skills", "cm-tools-and-day",
					"cm-careers-and-training", "cm-profession-quiz");
		assertThat(programme.modules()).extracting(Catalog.ModuleEntry::id)
			.containsExactly("cm-profession", "cm-writing", "cm-moderation", "cm-analytics", "cm-crises", "cm-exam");
		assertThat(catalog.activeQuestions()).filteredOn(q -> q.category().startsWith("cm-profession/"))
			.hasSizeGreaterThanOrEqualTo(20);
		assertThat(module.objectives()).hasSize(4);
		assertThat(module.title().fr()).isEqualTo("Le métier de community manager");
	}

	@Test
	void a_second_sync_of_the_same_files_writes_nothing_new() {
		TestContent files = new TestContent();
		var first = sync.sync(files.root);
		assertThat(first.applied()).isTrue();
		assertThat(first.newVersions()).isGreaterThanOrEqualTo(2);

		var second = sync.sync(files.root);
		assertThat(second.applied()).isTrue();
		assertThat(second.newVersions()).isZero();
	}

	@Test
	void an_edited_lesson_gets_a_new_version_and_a_learner_who_started_keeps_the_old_one_until_done() {
		TestContent files = new TestContent();
		sync.sync(files.root);
		TestUser learner = learner();
		progress.enrol(files.programmeId);
		var opened = progress.openLesson(files.firstLessonId);
		assertThat(opened.lesson().body().en()).isEqualTo("Original text.");
		assertThat(opened.lesson().version()).isEqualTo(1);

		files.writeLesson("01-first", files.firstLessonId, "Première leçon", "First lesson", "Texte revu.",
				"Revised text.");
		var report = sync.sync(files.root);
		assertThat(report.newVersions()).isEqualTo(1);

		assertThat(progress.openLesson(files.firstLessonId).lesson().body().en())
			.as("the learner keeps the version they started")
			.isEqualTo("Original text.");
		progress.complete(files.firstLessonId);
		var afterDone = progress.openLesson(files.firstLessonId);
		assertThat(afterDone.lesson().body().en()).isEqualTo("Revised text.");
		assertThat(afterDone.status()).isEqualTo(ItemStatus.DONE);

		TestUser newcomer = learner();
		progress.enrol(files.programmeId);
		assertThat(progress.openLesson(files.firstLessonId).lesson().body().en())
			.as("a learner starting now gets the current version")
			.isEqualTo("Revised text.");
		assertThat(learner.id()).isNotEqualTo(newcomer.id());
	}

	@Test
	void renaming_a_lesson_folder_keeps_progress() throws Exception {
		TestContent files = new TestContent();
		sync.sync(files.root);
		learner();
		progress.enrol(files.programmeId);
		progress.openLesson(files.secondLessonId);
		progress.complete(files.secondLessonId);

		Path lessons = files.moduleFolder().resolve("lessons");
		Files.move(lessons.resolve("02-second"), lessons.resolve("02-renamed"));
		Path moduleYaml = files.moduleFolder().resolve("module.yaml");
		Files.writeString(moduleYaml, Files.readString(moduleYaml).replace("02-second", "02-renamed"));
		assertThat(sync.sync(files.root).applied()).isTrue();

		var module = catalog.module(files.moduleId).orElseThrow();
		assertThat(progress.progress(module).status(files.secondLessonId)).isEqualTo(ItemStatus.DONE);
	}

	@Test
	void removing_a_lesson_learners_started_is_refused_and_nothing_changes() throws Exception {
		TestContent files = new TestContent();
		sync.sync(files.root);
		learner();
		progress.enrol(files.programmeId);
		progress.openLesson(files.secondLessonId);

		Path moduleYaml = files.moduleFolder().resolve("module.yaml");
		Files.writeString(moduleYaml, Files.readString(moduleYaml).replace("  - lesson: 02-second\n", ""));
		deleteFolder(files.moduleFolder().resolve("lessons/02-second"));
		files.writeLesson("01-first", files.firstLessonId, "Première leçon", "First lesson", "Changé.", "Changed.");

		var report = sync.sync(files.root);
		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ContentProblem::message)
			.containsExactly("item '" + files.secondLessonId
					+ "' was removed from the files but 1 learner(s) have progress on it: put it back (the id must"
					+ " stay the same) to keep their history");
		var module = catalog.module(files.moduleId).orElseThrow();
		assertThat(module.items()).extracting(Catalog.ItemEntry::id).contains(files.secondLessonId);
		assertThat(catalog.lesson(files.firstLessonId, 2)).as("the edit in the same reload was not applied").isEmpty();
	}

	@Test
	void an_invalid_folder_is_not_loaded_and_the_last_good_content_stays() {
		TestContent files = new TestContent();
		sync.sync(files.root);
		TestContent.write(files.lessonFile("01-first", "en"), "---\nid: other-id\ntitle: First\n---\nText.\n");

		var report = sync.sync(files.root);
		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).hasSize(1);
		assertThat(report.problems().get(0).message()).contains("differs from the French file's id");
		assertThat(catalog.module(files.moduleId)).isPresent();
		assertThat(sync.lastReport()).isSameAs(report);
	}

	private TestUser learner() {
		TestUser learner = users.create("reader", Locale.ENGLISH, Roles.LEARNER);
		learners.add(learner);
		users.signIn(learner);
		return learner;
	}

	private static void deleteFolder(Path folder) throws Exception {
		try (var files = Files.walk(folder)) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
