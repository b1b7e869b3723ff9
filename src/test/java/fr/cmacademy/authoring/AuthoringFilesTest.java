package fr.cmacademy.authoring;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import fr.cmacademy.question.GiftParser;
import fr.cmacademy.question.GiftWriter;
import fr.cmacademy.question.Question;
import fr.cmacademy.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pure parts of authoring: zip round trip and entry checks, forms written back as
 * YAML read the same, GIFT written and read back the same.
 */
class AuthoringFilesTest {

	private final AuthoringFixture fixture = new AuthoringFixture();

	@Test
	void a_module_zipped_and_unzipped_is_the_same_files() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("module.yaml", fixture.moduleYaml("T").getBytes(StandardCharsets.UTF_8));
		files.put("lessons/01-intro/lesson.fr.md", fixture.lesson("fr", "x").getBytes(StandardCharsets.UTF_8));
		files.put("lessons/01-intro/assets/pixel.png", AuthoringIT.PNG);
		files.put("banks/basics.en.gift", fixture.bank("en").getBytes(StandardCharsets.UTF_8));
		byte[] zip = ModuleFiles.zip(files);
		assertThat(ModuleFiles.same(ModuleFiles.unzip(zip), files)).isTrue();
		assertThat(ModuleFiles.zip(ModuleFiles.unzip(zip))).as("same bytes again").isEqualTo(zip);
	}

	@Test
	void a_zip_with_one_top_folder_is_read_from_inside_it() {
		byte[] zip = zip(Map.of("my-module/module.yaml", "id: abc\n"));
		assertThat(ModuleFiles.unzip(zip)).containsOnlyKeys("module.yaml");
	}

	@Test
	void entries_outside_the_format_are_refused() {
		for (String name : List.of("../module.yaml", "/etc/passwd", "lessons/../../x.md", "lessons\\a\\lesson.fr.md",
				"lessons/Intro/lesson.fr.md", "lessons/a/script.js", "quizzes/a/quiz.yml")) {
			assertThatThrownBy(() -> ModuleFiles.unzip(zip(Map.of("module.yaml", "id: abc\n", name, "x")))).as(name)
				.isInstanceOf(AuthoringException.class);
		}
		assertThatThrownBy(() -> ModuleFiles.unzip("not a zip".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(AuthoringException.class);
	}

	@Test
	void images_are_recognised_by_their_bytes_not_their_name() {
		assertThat(ModuleFiles.imageType(AuthoringIT.PNG)).contains("png");
		assertThat(ModuleFiles.imageType("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThatThrownBy(() -> ModuleFiles.check("lessons/a/assets/photo.jpg", AuthoringIT.PNG))
			.isInstanceOf(AuthoringException.class);
	}

	@Test
	void the_module_form_written_back_reads_the_same() {
		ModuleSource source = ModuleSource.read(fixture.moduleYaml("Titre : « deux-points » et #dièse"));
		ModuleSource again = ModuleSource.read(source.write());
		assertThat(again.title()).isEqualTo(source.title());
		assertThat(again.items()).isEqualTo(source.items());
		assertThat(again.objectives()).containsExactly(new Text("Tester l’édition.", "Test authoring."));
		assertThat(again.completionIds()).isNull();
	}

	@Test
	void the_quiz_form_keeps_the_settings_it_does_not_show() {
		QuizSource quiz = QuizSource
			.read(fixture.quiz() + "opens_at: 2026-01-05T09:00:00+01:00\nreview:\n  during: []\n");
		String written = quiz.write();
		assertThat(written).contains("opens_at: \"2026-01-05T09:00:00+01:00\"", "review:");
		assertThat(QuizSource.read(written).questions()).isEqualTo(quiz.questions());
	}

	@Test
	void a_lesson_written_back_reads_the_same() {
		LessonSource lesson = new LessonSource("les-id", "Titre: avec deux-points", 5, "Corps\n\n## Section\n");
		assertThat(LessonSource.read(lesson.write())).isEqualTo(lesson);
	}

	@Test
	void gift_exported_then_imported_gives_the_same_questions() {
		for (String language : List.of("fr", "en")) {
			List<Question> questions = GiftParser.parse(fixture.bank(language)).questions();
			String exported = GiftWriter.write(questions);
			List<Question> imported = GiftParser.parse(exported).questions();
			assertThat(imported).hasSize(3);
			assertThat(imported.stream().map(q -> q.withLine(0)).toList())
				.isEqualTo(questions.stream().map(q -> q.withLine(0)).toList());
		}
	}

	private static byte[] zip(Map<String, String> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (var e : new java.util.TreeMap<>(entries).entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}

}
