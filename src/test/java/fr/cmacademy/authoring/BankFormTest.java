package fr.cmacademy.authoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cmacademy.authoring.BankQuestion.Option;
import fr.cmacademy.question.QuestionType;
import fr.cmacademy.question.TextFormat;
import fr.cmacademy.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question form against the GIFT reader and writer: every type goes form → GIFT →
 * form unchanged, and each mistake is reported on its field.
 */
class BankFormTest {

	private static final Text NONE = new Text("", "");

	private static Text t(String fr, String en) {
		return new Text(fr, en);
	}

	private static BankQuestion question(QuestionType type, String id, List<Option> options, Text otherwise) {
		return new BankQuestion(type, id, "mod/basics", t("Nom " + id, "Name " + id),
				t("Texte **" + id + "** ?", "Text **" + id + "**?"), TextFormat.MARKDOWN, options,
				t("Général", "General"), otherwise, List.of());
	}

	private static List<BankQuestion> everyType() {
		return List.of(
				question(QuestionType.SINGLE_CHOICE, "q-single",
						List.of(Option.choice(t("Oui", "Yes"), 100, t("Bien", "Good")),
								Option.choice(t("Peut-être", "Maybe"), 50, NONE),
								Option.choice(t("Non = jamais {}", "No = never {}"), 0, t("Non", "No"))),
						NONE),
				question(QuestionType.MULTIPLE_CHOICE, "q-multi",
						List.of(Option.choice(t("A", "A"), 50, NONE), Option.choice(t("B", "B"), 50, t("b", "b")),
								Option.choice(t("C", "C"), -33.33333, NONE)),
						NONE),
				question(QuestionType.MULTIPLE_CHOICE, "q-thirds",
						List.of(Option.choice(t("A", "A"), 33.33333, NONE), Option.choice(t("B", "B"), 33.33333, NONE),
								Option.choice(t("C", "C"), 33.33333, NONE), Option.choice(t("D", "D"), -100, NONE)),
						NONE),
				question(QuestionType.TRUE_FALSE, "q-tf",
						List.of(Option.choice(NONE, 0, t("Non, faux", "No, false")),
								Option.choice(NONE, 100, t("Oui", "Yes"))),
						NONE),
				question(QuestionType.SHORT_ANSWER, "q-short",
						List.of(Option.choice(t("e-réputation", "e-reputation"), 100, t("Oui", "Yes")),
								Option.choice(t("réputation en ligne", "online reputation"), 100, NONE),
								Option.choice(t("image", ""), 50, NONE)),
						NONE),
				question(QuestionType.NUMERIC, "q-num",
						List.of(Option.numeric(new BigDecimal("3.5"), new BigDecimal("0.5"), 100, t("Oui", "Yes")),
								Option.numeric(new BigDecimal("10"), BigDecimal.ZERO, 50, NONE)),
						t("Non", "No")),
				question(QuestionType.MATCHING, "q-match",
						List.of(Option.pair(t("LinkedIn", "LinkedIn"), t("Pro", "Work")),
								Option.pair(t("TikTok", "TikTok"), t("Vidéo", "Video")),
								Option.pair(NONE, t("Chat", "Cat"))),
						NONE),
				question(QuestionType.ORDERING, "q-order",
						List.of(Option.choice(t("Écouter", "Listen"), 0, NONE),
								Option.choice(t("Répondre", "Answer"), 0, NONE),
								Option.choice(t("Suivre", "Follow up"), 0, NONE)),
						NONE),
				question(QuestionType.ESSAY, "q-essay", List.of(), NONE));
	}

	@Test
	void every_question_type_goes_form_to_gift_to_form_unchanged() {
		List<BankQuestion> questions = everyType();
		assertThat(BankForm.check(questions)).isEmpty();

		BankForm.Files files = BankForm.write(questions, "mod/basics");
		BankForm back = BankForm.read("basics", files.fr(), files.en());

		assertThat(back.problems()).isEmpty();
		assertThat(back.questions()).hasSize(questions.size());
		for (int i = 0; i < questions.size(); i++) {
			assertThat(back.questions().get(i)).as(questions.get(i).id()).isEqualTo(questions.get(i));
		}
		assertThat(files.fr()).contains("::Nom q-single::[markdown]Texte **q-single** ?", "Non \\= jamais \\{\\}");
		assertThat(files.en()).contains("// [id:q-tf]", "{FALSE#No, false#Yes####General}");
	}

	@Test
	void a_new_question_of_each_type_starts_with_the_options_it_needs() {
		for (QuestionType type : QuestionType.values()) {
			BankQuestion blank = BankQuestion.blank(type, "q-new", "mod/basics");
			assertThat(blank.problems()).as(type.name()).extracting(FieldProblem::field).contains("name", "text");
		}
	}

	@Test
	void a_single_choice_without_a_right_answer_is_reported_on_its_options() {
		BankQuestion q = question(QuestionType.SINGLE_CHOICE, "q1",
				List.of(Option.choice(t("A", "A"), 50, NONE), Option.choice(t("B", "B"), 0, NONE)), NONE);
		assertThat(q.problems()).containsExactly(FieldProblem.of("options", "authoring.qform.error.no-correct"));
	}

	@Test
	void multiple_choice_weights_must_add_up_to_100() {
		BankQuestion q = question(QuestionType.MULTIPLE_CHOICE, "q1",
				List.of(Option.choice(t("A", "A"), 50, NONE), Option.choice(t("B", "B"), 25, NONE)), NONE);
		assertThat(q.problems()).containsExactly(FieldProblem.of("options", "authoring.qform.error.sum", "75"));
	}

	@Test
	void an_option_in_one_language_only_is_reported_on_that_option() {
		BankQuestion q = question(QuestionType.SINGLE_CHOICE, "q1",
				List.of(Option.choice(t("A", "A"), 100, NONE), Option.choice(t("B", ""), 0, t("", "why"))), NONE);
		assertThat(q.problems()).containsExactly(
				FieldProblem.of("option.1.feedback", "authoring.qform.error.translation", "FR"),
				FieldProblem.of("option.1.text", "authoring.qform.error.translation", "EN"));
	}

	@Test
	void ids_names_texts_weights_and_values_are_checked_field_by_field() {
		BankQuestion q = new BankQuestion(QuestionType.NUMERIC, "bad id", "", t("Nom", ""), NONE, TextFormat.MARKDOWN,
				List.of(new Option(NONE, NONE, 42, null, new BigDecimal("-1"), NONE)), NONE, NONE, List.of());
		assertThat(q.problems()).extracting(FieldProblem::field)
			.containsExactly("id", "category", "name", "text", "option.0.percent", "option.0.value",
					"option.0.tolerance", "options");
	}

	@Test
	void matching_needs_two_pairs_and_no_arrow() {
		BankQuestion q = question(QuestionType.MATCHING, "q1",
				List.of(Option.pair(t("A -> B", "A"), t("x", "x")), Option.pair(NONE, t("y", "y"))), NONE);
		assertThat(q.problems()).extracting(FieldProblem::key)
			.containsExactly("authoring.qform.error.min-pairs", "authoring.qform.error.arrow");
	}

	@Test
	void a_short_answer_needs_a_full_mark_answer_in_each_language() {
		BankQuestion q = question(QuestionType.SHORT_ANSWER, "q1",
				List.of(Option.choice(t("a", ""), 100, NONE), Option.choice(t("", "b"), 50, NONE)), NONE);
		assertThat(q.problems()).containsExactly(FieldProblem.of("options", "authoring.qform.error.no-accepted", "EN"));
	}

	@Test
	void an_id_used_twice_is_reported_on_the_second_question() {
		List<BankQuestion> questions = List.of(everyType().get(0), everyType().get(0));
		Map<Integer, List<FieldProblem>> problems = BankForm.check(questions);
		assertThat(problems).containsOnlyKeys(1);
		assertThat(problems.get(1)).containsExactly(FieldProblem.of("id", "authoring.qform.error.duplicate-id", 1));
	}

	@Test
	void a_bank_with_gift_problems_does_not_open_as_forms() {
		BankForm form = BankForm.read("basics", "::Q::Texte{=a ~b\n", "::Q::Text{=a ~b}\n");
		assertThat(form.questions()).isEmpty();
		assertThat(form.problems()).isNotEmpty().allMatch(p -> p.startsWith("basics.fr.gift:1: "));
	}

	@Test
	void an_empty_bank_keeps_its_category_line() {
		BankForm.Files files = BankForm.write(List.of(), "mod/basics");
		assertThat(files.fr()).isEqualTo("$CATEGORY: mod/basics\n");
		assertThat(BankForm.read("basics", files.fr(), files.en())).isEqualTo(new BankForm(List.of(), List.of()));
	}

}
