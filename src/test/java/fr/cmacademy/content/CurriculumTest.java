package fr.cmacademy.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.cmacademy.content.ContentSet.Item;
import fr.cmacademy.content.ContentSet.ItemKind;
import fr.cmacademy.content.ContentSet.Module;
import fr.cmacademy.content.internal.QuizFile;
import fr.cmacademy.simulation.ScenarioReader;
import fr.cmacademy.simulation.model.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped curriculum has what the product promises, in both languages: per module 4–6
 * lessons of 800–1 500 words, a bank of 25+ questions and a graded quiz, two scenarios of
 * two kinds and a written assignment; a final exam of 40 questions with a final case.
 */
class CurriculumTest {

	private static ContentSet content;

	@BeforeAll
	static void read() {
		ContentValidator.Result result = ContentValidator.validate(Path.of("content"));
		assertThat(result.problems()).isEmpty();
		content = result.content();
	}

	@ParameterizedTest
	@ValueSource(strings = { "cm-writing", "cm-moderation", "cm-analytics", "cm-crises" })
	void each_module_is_complete_in_both_languages(String moduleId) {
		Module module = module(moduleId);
		List<Item> lessons = items(module, ItemKind.LESSON);
		assertThat(lessons).hasSizeBetween(4, 6);
		for (Item lesson : lessons) {
			assertThat(words(lesson.body().fr())).as("%s (fr) words", lesson.id()).isBetween(800, 1500);
			assertThat(words(lesson.body().en())).as("%s (en) words", lesson.id()).isBetween(800, 1500);
		}
		assertThat(module.objectives()).isNotEmpty();
		assertThat(module.questions()).as("bank of %s", moduleId).hasSizeGreaterThanOrEqualTo(25);
		assertThat(module.questions().stream().map(ContentSet.BankQuestion::type).collect(Collectors.toSet()))
			.as("question types of %s", moduleId)
			.hasSizeGreaterThanOrEqualTo(7);
		assertThat(items(module, ItemKind.QUIZ)).hasSize(1);
		List<Item> scenarios = items(module, ItemKind.SCENARIO);
		assertThat(scenarios).hasSizeGreaterThanOrEqualTo(2);
		assertThat(scenarios.stream().map(CurriculumTest::kind).collect(Collectors.toSet()))
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(items(module, ItemKind.ASSIGNMENT)).hasSize(1);
	}

	@Test
	void module_0_has_its_lessons_a_20_question_bank_and_a_quiz() {
		Module module = module("cm-profession");
		assertThat(items(module, ItemKind.LESSON)).hasSizeBetween(4, 6);
		assertThat(module.questions()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(items(module, ItemKind.QUIZ)).hasSize(1);
	}

	@Test
	void the_exam_draws_40_questions_from_every_module_and_ends_with_a_final_case() {
		Module exam = module("cm-exam");
		Item quiz = items(exam, ItemKind.QUIZ).get(0);
		QuizDefinition definition = QuizFile.parse(quiz.definition(), (line, message) -> {
			throw new AssertionError(message);
		}).definition();
		assertThat(definition.questionCount()).isGreaterThanOrEqualTo(40);
		assertThat(definition.timeLimit()).isNotNull();
		assertThat(definition.passMark()).isEqualTo(70);
		Set<String> modules = definition.slots()
			.stream()
			.filter(QuizDefinition.Draw.class::isInstance)
			.map(s -> ((QuizDefinition.Draw) s).category().split("/")[0])
			.collect(Collectors.toSet());
		assertThat(modules).containsExactlyInAnyOrder("cm-profession", "cm-writing", "cm-moderation", "cm-analytics",
				"cm-crises");
		assertThat(items(exam, ItemKind.SCENARIO)).hasSize(1);
	}

	private static Module module(String id) {
		return content.modules().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
	}

	private static List<Item> items(Module module, ItemKind kind) {
		return module.items().stream().filter(i -> i.kind() == kind).toList();
	}

	private static Kind kind(Item scenario) {
		Set<String> assets = scenario.assets().stream().map(ContentSet.Asset::name).collect(Collectors.toSet());
		return ScenarioReader.read(scenario.definition(), assets).scenario().kind();
	}

	/** Words counted as the assignment word counter counts them. */
	private static int words(String markdown) {
		return fr.cmacademy.assignment.Submission.words(markdown);
	}

}
