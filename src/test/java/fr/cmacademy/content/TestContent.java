package fr.cmacademy.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A copy of the real {@code content/} folder plus one small programme with unique ids,
 * which a test may edit and sync without touching the shipped files.
 */
public final class TestContent {

	public final Path root;

	public final String programmeId;

	public final String moduleId;

	public final String firstLessonId;

	public final String secondLessonId;

	public TestContent() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		root = Path.of("target", "test-content", suffix).toAbsolutePath();
		programmeId = "sync-programme-" + suffix;
		moduleId = "sync-module-" + suffix;
		firstLessonId = "sync-first-" + suffix;
		secondLessonId = "sync-second-" + suffix;
		copy(Path.of("content"), root);
		Path programme = root.resolve("programmes").resolve("zz-" + suffix);
		write(programme.resolve("programme.yaml"), """
				id: %s
				title: { fr: Parcours de test, en: Test programme }
				summary: { fr: Un parcours pour les tests., en: A programme for tests. }
				modules:
				  - 01-module
				""".formatted(programmeId));
		write(programme.resolve("01-module/module.yaml"), """
				id: %s
				title: { fr: Module de test, en: Test module }
				summary: { fr: Un module pour les tests., en: A module for tests. }
				estimated_minutes: 10
				objectives:
				  - { fr: Tester la synchronisation., en: Test the sync. }
				completion: all
				items:
				  - lesson: 01-first
				  - lesson: 02-second
				""".formatted(moduleId));
		writeLesson("01-first", firstLessonId, "Première leçon", "First lesson", "Texte original.", "Original text.");
		writeLesson("02-second", secondLessonId, "Deuxième leçon", "Second lesson", "Suite.", "More.");
	}

	public Path lessonFile(String folder, String language) {
		return moduleFolder().resolve("lessons").resolve(folder).resolve("lesson." + language + ".md");
	}

	public Path moduleFolder() {
		try (Stream<Path> programmes = Files.list(root.resolve("programmes"))) {
			Path programme = programmes.filter(p -> p.getFileName().toString().startsWith("zz-"))
				.findFirst()
				.orElseThrow();
			return programme.resolve("01-module");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void writeLesson(String folder, String id, String titleFr, String titleEn, String bodyFr, String bodyEn) {
		Path dir = root.resolve("programmes")
			.resolve("zz-" + programmeId.substring("sync-programme-".length()))
			.resolve("01-module/lessons")
			.resolve(folder);
		write(dir.resolve("lesson.fr.md"), "---\nid: " + id + "\ntitle: " + titleFr + "\n---\n" + bodyFr + "\n");
		write(dir.resolve("lesson.en.md"), "---\nid: " + id + "\ntitle: " + titleEn + "\n---\n" + bodyEn + "\n");
	}

	/** Syncs the shipped {@code content/} folder back (after a test synced its own). */
	public static void restoreShipped(ContentSyncService service) {
		ContentSyncService.Report report = service.sync(Path.of("content"));
		if (!report.applied()) {
			throw new IllegalStateException("shipped content not restored: " + report.problems());
		}
	}

	/** Syncs this folder into the database, as an admin's reload would. */
	public ContentSyncService.Report sync(ContentSyncService service) {
		return service.sync(root);
	}

	/**
	 * Adds a quiz to the test module, with a bank of questions in both languages.
	 * @param quizYaml the quiz.yaml text ({@code %s} is replaced by nothing: use the ids
	 * you pass)
	 */
	public void writeQuiz(String folder, String quizYaml, String bankFr, String bankEn) {
		Path module = moduleFolder();
		write(module.resolve("quizzes").resolve(folder).resolve("quiz.yaml"), quizYaml);
		write(module.resolve("banks").resolve(folder + ".fr.gift"), bankFr);
		write(module.resolve("banks").resolve(folder + ".en.gift"), bankEn);
		Path moduleYaml = module.resolve("module.yaml");
		try {
			write(moduleYaml, Files.readString(moduleYaml) + "  - quiz: " + folder + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds a written assignment to the test module. */
	public void writeAssignment(String folder, String assignmentYaml) {
		Path module = moduleFolder();
		write(module.resolve("assignments").resolve(folder).resolve("assignment.yaml"), assignmentYaml);
		Path moduleYaml = module.resolve("module.yaml");
		try {
			write(moduleYaml, Files.readString(moduleYaml) + "  - assignment: " + folder + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : files.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
