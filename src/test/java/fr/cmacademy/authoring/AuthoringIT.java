package fr.cmacademy.authoring;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafts, publication through the content loader, learners pinned to the version they
 * started, history and revert, zip round trip, and access.
 */
@IntegrationTest
class AuthoringIT {

	@Autowired
	AuthoringService authoring;

	@Autowired
	PublishingService publishing;

	@Autowired
	ContentCatalog catalog;

	@Autowired
	ContentSyncService sync;

	@Autowired
	ProgressService progress;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private final AuthoringFixture fixture = new AuthoringFixture();

	private final List<Long> learners = new ArrayList<>();

	private TestUser trainer;

	@BeforeEach
	void trainer() {
		trainer = users.create("author", Locale.FRENCH, Roles.TRAINER);
		users.signIn(trainer);
	}

	@AfterEach
	void cleanUp() {
		fixture.remove(jdbc, learners);
		users.signIn(users.create("cleaner", Locale.FRENCH, Roles.ADMIN));
		assertThat(sync.reload().applied()).isTrue();
		TestUsers.signOut();
	}

	@Test
	void a_published_draft_reaches_the_catalogue_through_the_content_loader() {
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte de la leçon.");
		assertThat(catalog.module(fixture.moduleId)).as("a draft is not visible").isEmpty();

		PublishResult result = publishing.publish(fixture.moduleId, "first");

		assertThat(result.problems()).isEmpty();
		assertThat(result.version()).isEqualTo(1);
		Catalog.ModuleEntry module = catalog.module(fixture.moduleId).orElseThrow();
		assertThat(module.programmeId()).isEqualTo(fixture.programmeId);
		assertThat(module.items()).extracting(Catalog.ItemEntry::id)
			.containsExactly(fixture.lessonId, fixture.quizId, fixture.scenarioId);
		assertThat(authoring.module(fixture.moduleId).orElseThrow().state()).isEqualTo(AuthoredModule.State.PUBLISHED);
		assertThat(publishing.history(fixture.moduleId)).singleElement().satisfies(v -> {
			assertThat(v.publishedBy()).isEqualTo(trainer.username());
			assertThat(v.changes()).extracting(ModuleVersion.ItemChange::item)
				.contains("module.yaml", "lessons/01-intro", "banks/basics", "quizzes/01-quiz", "scenarios/01-thread");
		});
	}

	@Test
	void a_learner_keeps_the_version_they_started_when_the_trainer_republishes() {
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Version une.");
		publishing.publish(fixture.moduleId, "");

		TestUser learner = users.create("reader", Locale.FRENCH, Roles.LEARNER);
		learners.add(learner.id());
		users.signIn(learner);
		progress.enrol(fixture.programmeId);
		assertThat(progress.openLesson(fixture.lessonId).lesson().body().fr()).contains("Version une.");

		users.signIn(trainer);
		authoring.saveText(fixture.moduleId, "lessons/01-intro/lesson.fr.md", fixture.lesson("fr", "Version deux."));
		assertThat(authoring.module(fixture.moduleId).orElseThrow().state()).isEqualTo(AuthoredModule.State.CHANGED);
		PublishResult second = publishing.publish(fixture.moduleId, "");
		assertThat(second.version()).isEqualTo(2);
		assertThat(publishing.history(fixture.moduleId).get(0).changes())
			.containsExactly(new ModuleVersion.ItemChange("lessons/01-intro", ModuleVersion.Kind.CHANGED));

		users.signIn(learner);
		assertThat(progress.openLesson(fixture.lessonId).lesson().body().fr()).as("pinned to version 1")
			.contains("Version une.");
		assertThat(progress.openLesson(fixture.lessonId).lesson().version()).isEqualTo(1);
	}

	@Test
	void an_invalid_draft_is_refused_with_the_module_file_and_line_and_nothing_changes() {
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte.");
		publishing.publish(fixture.moduleId, "");
		authoring.saveText(fixture.moduleId, "quizzes/01-quiz/quiz.yaml",
				fixture.quiz().replace("pass_mark: 50", "pass_mark: 500"));

		PublishResult refused = publishing.publish(fixture.moduleId, "");

		assertThat(refused.published()).isFalse();
		assertThat(refused.problems()).isNotEmpty()
			.allSatisfy(p -> assertThat(p.file()).isEqualTo("quizzes/01-quiz/quiz.yaml"));
		assertThat(publishing.check(fixture.moduleId)).isEqualTo(refused.problems());
		assertThat(publishing.history(fixture.moduleId)).hasSize(1);
		assertThat(catalog.module(fixture.moduleId)).isPresent();
	}

	@Test
	void export_then_import_gives_the_same_module() {
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte exporté.");
		authoring.save(fixture.moduleId, "lessons/01-intro/assets/pixel.png", PNG);
		publishing.publish(fixture.moduleId, "");
		Map<String, byte[]> published = authoring.files(fixture.moduleId);

		byte[] zip = publishing.export(fixture.moduleId);
		authoring.saveText(fixture.moduleId, "lessons/01-intro/lesson.en.md", fixture.lesson("en", "Changed."));
		assertThat(authoring.importZip(zip, null)).isEqualTo(fixture.moduleId);

		assertThat(ModuleFiles.same(authoring.files(fixture.moduleId), published)).isTrue();
		assertThat(ModuleFiles.unzip(zip).keySet()).isEqualTo(published.keySet());
		PublishResult again = publishing.publish(fixture.moduleId, "");
		assertThat(again.published()).isTrue();
		assertThat(publishing.history(fixture.moduleId).get(0).changes()).as("nothing changed").isEmpty();
	}

	@Test
	void revert_publishes_an_older_version_as_a_new_one() {
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Un.");
		publishing.publish(fixture.moduleId, "");
		authoring.saveText(fixture.moduleId, "lessons/01-intro/lesson.en.md", fixture.lesson("en", "Two."));
		publishing.publish(fixture.moduleId, "");

		PublishResult reverted = publishing.revert(fixture.moduleId, 1);

		assertThat(reverted.version()).isEqualTo(3);
		assertThat(authoring.text(fixture.moduleId, "lessons/01-intro/lesson.en.md").orElseThrow()).contains("Un.");
		assertThat(publishing.history(fixture.moduleId).get(0).note()).isEqualTo("revert:1");
	}

	@Test
	void a_reload_of_the_content_folder_keeps_the_published_ui_module() {
		authoring.create(fixture.newModule());
		fixture.write(authoring, "Texte.");
		publishing.publish(fixture.moduleId, "");

		users.signIn(users.create("admin", Locale.FRENCH, Roles.ADMIN));
		ContentSyncService.Report report = sync.reload();

		assertThat(report.applied()).isTrue();
		assertThat(catalog.module(fixture.moduleId)).isPresent();
		assertThat(report.newVersions()).isZero();
	}

	@Test
	void a_folder_module_taken_into_the_editor_starts_as_a_draft_of_the_same_files() {
		assertThat(authoring.modules()).anySatisfy(m -> {
			assertThat(m.id()).isEqualTo("cm-profession");
			assertThat(m.state()).isEqualTo(AuthoredModule.State.FOLDER);
		});
		try {
			authoring.takeFromFolder("cm-profession");
			assertThat(authoring.module("cm-profession").orElseThrow().state()).isEqualTo(AuthoredModule.State.DRAFT);
			assertThat(authoring.files("cm-profession")).containsKeys("module.yaml",
					"lessons/01-what-a-cm-does/lesson.fr.md", "banks/profession.en.gift");
			assertThat(publishing.check("cm-profession")).as("the folder's files pass as a draft").isEmpty();
		}
		finally {
			jdbc.sql("DELETE FROM authoring_module WHERE id = 'cm-profession'").update();
		}
	}

	@Test
	void unsafe_files_are_refused() {
		authoring.create(fixture.newModule());
		assertThatThrownBy(() -> authoring.save(fixture.moduleId, "../../etc/passwd", new byte[1]))
			.isInstanceOf(AuthoringException.class);
		assertThatThrownBy(() -> authoring.save(fixture.moduleId, "lessons/01-intro/assets/evil.png",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(AuthoringException.class)
			.hasMessage("authoring.error.image-type");
		assertThatThrownBy(() -> authoring.save(fixture.moduleId, "lessons/01-intro/assets/big.png",
				new byte[ModuleFiles.MAX_FILE_BYTES + 1]))
			.isInstanceOf(AuthoringException.class);
		assertThatThrownBy(() -> authoring.importZip(zip("../module.yaml", "id: x"), fixture.programmeId))
			.isInstanceOf(AuthoringException.class)
			.hasMessage("authoring.error.path");
		assertThatThrownBy(() -> authoring.importZip(zip("run.sh", "rm -rf /"), fixture.programmeId))
			.isInstanceOf(AuthoringException.class);
		assertThatThrownBy(() -> authoring.saveText(fixture.moduleId, "module.yaml", "id: another-module\n"))
			.isInstanceOf(AuthoringException.class)
			.hasMessage("authoring.error.module-id-changed");
	}

	@Test
	void learners_are_refused_by_every_authoring_service() {
		authoring.create(fixture.newModule());
		users.signIn(users.create("nosy", Locale.FRENCH, Roles.LEARNER));
		List<Runnable> calls = List.of(authoring::modules, authoring::programmes,
				() -> authoring.create(new AuthoringFixture().newModule()), () -> authoring.files(fixture.moduleId),
				() -> authoring.saveText(fixture.moduleId, "module.yaml", "x"),
				() -> authoring.delete(fixture.moduleId, "lessons/01-intro"),
				() -> authoring.takeFromFolder("cm-profession"), () -> authoring.importZip(new byte[0], null),
				() -> publishing.publish(fixture.moduleId, ""), () -> publishing.check(fixture.moduleId),
				() -> publishing.history(fixture.moduleId), () -> publishing.revert(fixture.moduleId, 1),
				() -> publishing.export(fixture.moduleId),
				() -> sync.publish(fr.cmacademy.content.ContentOverlay.Snapshot.EMPTY));
		calls.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class));
	}

	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	private static byte[] zip(String name, String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(text.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}

}
