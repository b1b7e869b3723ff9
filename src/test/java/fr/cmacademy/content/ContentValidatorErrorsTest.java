package fr.cmacademy.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of broken content folders ({@code src/test/resources/content-errors/}), each
 * valid but for one deliberate mistake, and the exact {@code file:line: message} an
 * author reads.
 */
class ContentValidatorErrorsTest {

	private static final Path CASES = Path.of("src/test/resources/content-errors");

	static Stream<Arguments> cases() {
		return Stream.of(
				// Unknown keys
				problems("unknown-key-in-programme",
						"programmes/demo/programme.yaml:9: unknown key 'colour' (expected one of certificate, id, modules, self_enrol, summary, title)"),
				// Certificate rules
				problems("certificate-unknown-module",
						"programmes/demo/programme.yaml:14: certificate requires module 'advanced', which is not a module of this programme"),
				problems("certificate-validity-out-of-range",
						"programmes/demo/programme.yaml:14: validity_months must be a whole number from 1 to 120 (found 0)"),
				problems("certificate-missing-english-title",
						"programmes/demo/programme.yaml:12: missing translation: certificate title has no English text (en)"),
				problems("certificate-quiz-percent-too-high",
						"programmes/demo/programme.yaml:14: min_quiz_percent must be a whole number from 0 to 100 (found 120)"),
				problems("certificate-unknown-key",
						"programmes/demo/programme.yaml:15: unknown key 'colour' (expected one of description, min_quiz_percent, min_scenario_percent, modules, skills, title, validity_months)"),
				problems("unknown-key-in-module",
						"programmes/demo/01-basics/module.yaml:9: unknown key 'difficulty' (expected one of completion, estimated_minutes, id, items, objectives, summary, title)"),
				problems("unknown-key-in-front-matter",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:4: unknown key 'author' (expected one of id, minutes, title)"),
				// Wrong types and values
				problems("estimated-minutes-not-a-number",
						"programmes/demo/01-basics/module.yaml:8: estimated_minutes must be a whole number greater than 0"),
				problems("estimated-minutes-zero",
						"programmes/demo/01-basics/module.yaml:8: estimated_minutes must be a whole number greater than 0"),
				problems("lesson-minutes-not-a-number",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:4: minutes must be a whole number greater than 0"),
				problems("self-enrol-not-boolean",
						"programmes/demo/programme.yaml:8: self_enrol must be true or false"),
				problems("objectives-not-a-list",
						"programmes/demo/01-basics/module.yaml:10: objectives must be a list"),
				problems("empty-objectives-list",
						"programmes/demo/01-basics/module.yaml:9: objectives must not be empty"),
				problems("title-plain-string",
						"programmes/demo/programme.yaml:2: title must have a French and an English text (keys fr and en)"),
				problems("empty-french-title",
						"programmes/demo/01-basics/module.yaml:3: title (fr) must be a non-empty text"),
				// Missing translations
				problems("missing-english-title",
						"programmes/demo/01-basics/module.yaml:3: missing translation: title has no English text (en)"),
				problems("missing-french-summary",
						"programmes/demo/programme.yaml:6: missing translation: summary has no French text (fr)"),
				problems("missing-english-objective",
						"programmes/demo/01-basics/module.yaml:10: missing translation: objective has no English text (en)"),
				problems("missing-english-lesson",
						"programmes/demo/01-basics/lessons/01-welcome:1: missing translation: no lesson.en.md in this lesson"),
				// Missing required keys
				problems("missing-programme-id", "programmes/demo/programme.yaml:1: missing key 'id'"),
				problems("missing-programme-title", "programmes/demo/programme.yaml:1: missing key 'title'"),
				problems("missing-module-id", "programmes/demo/01-basics/module.yaml:1: missing key 'id'"),
				problems("empty-module-id", "programmes/demo/01-basics/module.yaml:1: id must be a non-empty text"),
				problems("missing-lesson-id",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:2: missing key 'id'"),
				problems("missing-lesson-title",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:2: missing key 'title'"),
				problems("missing-items-in-module-without-lessons",
						"programmes/demo/01-basics/module.yaml:1: missing key 'items'"),
				problems("missing-completion", "programmes/demo/01-basics/module.yaml:1: missing key 'completion'"),
				// YAML syntax
				problems("invalid-yaml-tab-indentation",
						"programmes/demo/01-basics/module.yaml:7: invalid YAML: a tab is used for indentation: indent with spaces"),
				// Ids
				problems("invalid-module-id",
						"programmes/demo/01-basics/module.yaml:1: invalid id 'Basics_Module': ids use lowercase letters, digits and dashes (e.g. cm-history), 3 to 80 characters"),
				problems("invalid-lesson-id",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:2: invalid id 'Welcome!': ids use lowercase letters, digits and dashes (e.g. cm-history), 3 to 80 characters"),
				problems("id-too-short",
						"programmes/demo/01-basics/module.yaml:1: invalid id 'ab': ids use lowercase letters, digits and dashes (e.g. cm-history), 3 to 80 characters"),
				problems("duplicate-lesson-id",
						"programmes/demo/01-basics/lessons/02-next-steps/lesson.fr.md:2: duplicate id 'welcome' (already used at programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:2)"),
				problems("module-id-equals-lesson-id",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:2: duplicate id 'welcome' (already used at programmes/demo/01-basics/module.yaml:1)"),
				problems("module-id-equals-programme-id",
						"programmes/demo/01-basics/module.yaml:1: duplicate id 'demo-programme' (already used at programmes/demo/programme.yaml:1)"),
				problems("lesson-id-differs-between-languages",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:2: id 'welcome-en' differs from the French file's id 'welcome'"),
				// Modules and items
				problems("unknown-module-folder",
						"programmes/demo/programme.yaml:11: unknown module folder '02-advanced': no such folder next to programme.yaml"),
				problems("module-folder-listed-twice",
						"programmes/demo/programme.yaml:11: module folder '01-basics' is listed twice"),
				problems("empty-modules-list", "programmes/demo/programme.yaml:9: modules must not be empty"),
				problems("unknown-lesson-in-items",
						"programmes/demo/01-basics/module.yaml:15: unknown lesson '02-next-steps': no folder lessons/02-next-steps"),
				problems("item-listed-twice",
						"programmes/demo/01-basics/module.yaml:15: lesson '01-welcome' is listed twice"),
				problems("unknown-item-kind",
						"programmes/demo/01-basics/module.yaml:15: unknown item kind 'video' (expected one of assignment, lesson, quiz, scenario)"),
				problems("completion-unknown-item",
						"programmes/demo/01-basics/module.yaml:14: completion requires 'final-quiz', which is not an item of this module"),
				problems("completion-neither-all-nor-list",
						"programmes/demo/01-basics/module.yaml:12: completion must be 'all' or a list of item ids"),
				// Lesson files
				problems("front-matter-not-closed",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:1: the front matter is not closed by a line '---'"),
				problems("no-front-matter",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:1: a lesson starts with front matter: a line '---', then id and title, then '---'"),
				problems("front-matter-not-a-mapping",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:2: expected a mapping of keys to values"),
				problems("empty-lesson-body",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:4: the lesson has no text after its front matter"),
				problems("lesson-not-utf8",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:1: not UTF-8 text: save the file as UTF-8"),
				// Lesson Markdown
				problems("level-1-heading",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:7: use ## for sections: the lesson title comes from the front matter, not a # heading"),
				problems("unknown-callout",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:11: unknown callout type 'DANGER' (expected one of EXAMPLE, IMPORTANT, NOTE, TIP, WARNING)"),
				problems("raw-html",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:9: raw HTML is not allowed in lessons: use Markdown"),
				problems("image-without-alt",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:11: image 'assets/diagram.png' has no alt text: describe it for screen readers"),
				problems("broken-image",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:11: broken image: 'assets/diagram.png' does not exist"),
				problems("external-image",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:11: image 'https://example.com/diagram.png' must be a file in the lesson's assets/ folder"),
				problems("image-outside-assets",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:11: image 'diagram.png' must be a png, jpg, gif, svg or webp file under assets/"),
				problems("broken-relative-link",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:9: broken link: '../02-next-steps/lesson.fr.md' does not exist"),
				// Missing files and folders
				problems("missing-programme-yaml", "programmes/demo/programme.yaml:1: missing file programme.yaml"),
				problems("missing-module-yaml", "programmes/demo/01-basics/module.yaml:1: missing file module.yaml"),
				problems("no-programmes-folder",
						"programmes:1: no programmes/ folder: the content folder holds programmes/<programme>/"),
				// Mistakes that used to be missed, doubled or reported on the wrong line
				problems("duplicate-key-in-module",
						"programmes/demo/01-basics/module.yaml:13: duplicate key 'estimated_minutes' (already on line 8)"),
				problems("module-folder-not-listed",
						"programmes/demo/programme.yaml:9: module folder '02-extra' is not listed under modules"),
				problems("lesson-folder-not-listed",
						"programmes/demo/01-basics/module.yaml:13: lesson folder 'lessons/02-next-steps' is not listed under items"),
				problems("html-comment",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.en.md:11: raw HTML is not allowed in lessons: use Markdown"),
				problems("setext-level-1-heading",
						"programmes/demo/01-basics/lessons/01-welcome/lesson.fr.md:11: use ## for sections: the lesson title comes from the front matter, not a # heading"),
				problems("unclosed-quote",
						"programmes/demo/01-basics/module.yaml:6: invalid YAML: a quoted text is never closed"),
				// Question banks and quizzes
				problems("quiz-unknown-question",
						"programmes/demo/01-basics/quizzes/01-check/quiz.yaml:4: unknown question 'basics-q9': no bank declares this id"),
				problems("quiz-draws-too-many",
						"programmes/demo/01-basics/quizzes/01-check/quiz.yaml:5: draws 3 question(s) from category 'basics/intro', which holds only 1 question(s) not already in this quiz"),
				problems("quiz-pass-mark-out-of-range",
						"programmes/demo/01-basics/quizzes/01-check/quiz.yaml:7: pass_mark must be a whole number from 1 to 100 (found 120)"),
				problems("quiz-unknown-grading",
						"programmes/demo/01-basics/quizzes/01-check/quiz.yaml:8: grading must be one of highest, last, average"),
				problems("quiz-folder-not-listed",
						"programmes/demo/01-basics/module.yaml:13: quiz folder 'quizzes/01-check' is not listed under items"),
				problems("bank-missing-english",
						"programmes/demo/01-basics/banks/basics.fr.gift:1: missing translation: no basics.en.gift next to this bank"),
				problems("bank-question-without-id",
						"programmes/demo/01-basics/banks/basics.en.gift:9: question 'True or false' has no id: put a '// [id:...]' line right above it",
						"programmes/demo/01-basics/banks/basics.fr.gift:9: question 'Vrai ou faux' has no id: put a '// [id:...]' line right above it"),
				problems("bank-unclosed-answer-block",
						"programmes/demo/01-basics/banks/basics.fr.gift:4: '{' is never closed by '}' (write a literal brace as \\{)"),
				problems("bank-languages-differ",
						"programmes/demo/01-basics/banks/basics.en.gift:10: question basics-q2 differs from its French version (line 10): the answer is true here, false in French"),
				problems("bank-question-without-category",
						"programmes/demo/01-basics/banks/basics.fr.gift:3: question 'basics-q1' has no category: put a '$CATEGORY: <module>/<topic>' line before it",
						"programmes/demo/01-basics/banks/basics.fr.gift:9: question 'basics-q2' has no category: put a '$CATEGORY: <module>/<topic>' line before it"),
				problems("bank-invalid-question-id",
						"programmes/demo/01-basics/banks/basics.fr.gift:10: invalid question id 'Basics_Q2': ids use lowercase letters, digits and dashes (e.g. cm-history), 3 to 80 characters"),

				// Scenarios
				problems("scenario-unknown-persona",
						"programmes/demo/01-basics/scenarios/01-queue/scenario.yaml:49: unknown persona 'ana2' (declared: ana, rex)"),
				problems("scenario-missing-english-text",
						"programmes/demo/01-basics/scenarios/01-queue/scenario.yaml:98: missing translation: prompt has no English text (en)"),
				problems("scenario-short-moderation-queue",
						"programmes/demo/01-basics/scenarios/01-queue/scenario.yaml:24: the moderation queue has 14 items: it needs at least 20 to train judgement"),
				problems("scenario-unreachable-decision",
						"programmes/demo/01-basics/scenarios/01-queue/scenario.yaml:120: decision 'd-second' never opens in any play-through: check its 'on' and 'when'"),

				// Written assignments
				problems("assignment-levels-not-increasing",
						"programmes/demo/01-basics/assignments/01-essay/assignment.yaml:12: levels go from the lowest to the highest: points must increase and ranges must not overlap (0–0 after 0)"),
				problems("assignment-max-below-min",
						"programmes/demo/01-basics/assignments/01-essay/assignment.yaml:5: max_words (50) is below min_words (100)"),
				problems("item-without-kind",
						"programmes/demo/01-basics/module.yaml:14: an item is one 'kind: folder' pair, e.g. 'lesson: 01-introduction'"));
	}

	private static Arguments problems(String folder, String... expected) {
		return Arguments.of(folder, List.of(expected));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void each_broken_case_reports_its_exact_file_line_and_message(String folder, List<String> expected) {
		Path root = CASES.resolve(folder);
		assertThat(root).isDirectory();
		ContentValidator.Result result = ContentValidator.validate(root);
		List<String> problems = result.problems().stream().map(ContentProblem::toString).toList();
		assertThat(problems).containsExactlyElementsOf(expected);
		assertThat(result.content()).isNull();
	}

	@Test
	void the_corpus_holds_at_least_25_case_folders() throws IOException {
		assertThat(caseFolders()).hasSizeGreaterThanOrEqualTo(25);
	}

	@Test
	void every_case_folder_has_its_expected_problems() throws IOException {
		List<String> expected = cases().map(arguments -> (String) arguments.get()[0]).toList();
		assertThat(caseFolders()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void the_real_content_folder_validates_without_problems() {
		ContentValidator.Result result = ContentValidator.validate(Path.of("content"));
		assertThat(result.problems()).isEmpty();
		assertThat(result.content()).isNotNull();
	}

	private static List<String> caseFolders() throws IOException {
		try (Stream<Path> children = Files.list(CASES)) {
			return children.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

}
