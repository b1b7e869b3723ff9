package fr.cmacademy.question;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Problems are reported with the line to fix, and reading goes on. */
class GiftParserErrorsTest {

	private static List<GiftProblem> problems(String gift) {
		return GiftParser.parse(gift).problems();
	}

	private static GiftProblem onlyProblem(String gift) {
		GiftResult result = GiftParser.parse(gift);
		assertThat(result.problems()).hasSize(1);
		assertThat(result.questions()).isEmpty();
		return result.problems().get(0);
	}

	@Test
	void an_unclosed_brace_is_reported_at_its_line() {
		GiftProblem problem = onlyProblem("// [id:x]\n::Q::Question\nmore text {\n=a\n~b");
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.message()).contains("'{' is never closed");
	}

	@Test
	void a_closing_brace_without_opening_one_is_reported_at_its_line() {
		assertThat(onlyProblem("::Q::Question\n=a }").line()).isEqualTo(2);
		assertThat(onlyProblem("Q } then {=a =b}").message()).contains("'}' before");
	}

	@Test
	void a_second_answer_block_is_reported() {
		GiftProblem problem = onlyProblem("::Taux::Q1 ?{#3:0.1}\n::Plage::Q2 ?{#2..4}");
		assertThat(problem.line()).isEqualTo(2);
		assertThat(problem.message()).contains("one answer block");
	}

	@Test
	void an_unclosed_title_is_reported() {
		assertThat(onlyProblem("\n::Title without end{T}").line()).isEqualTo(2);
	}

	@Test
	void unknown_answer_syntax_before_the_first_marker_is_reported() {
		GiftProblem choice = onlyProblem("Q{\nmaybe\n~b\n=c\n}");
		assertThat(choice.line()).isEqualTo(2);
		assertThat(choice.message()).startsWith("unknown answer syntax 'maybe'");
		assertThat(onlyProblem("Q{\nx -> 1\n=a -> 1\n=b -> 2\n}").line()).isEqualTo(2);
		assertThat(onlyProblem("Q{#3\n~oops#no}").message()).contains("~#feedback");
	}

	@Test
	void a_matching_line_without_arrow_is_reported_at_its_line() {
		GiftProblem problem = onlyProblem("Q{\n=a -> 1\n=b 2\n=c -> 3\n}");
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.message()).contains("has no '->'");
	}

	@Test
	void matching_needs_two_pairs_as_in_moodle() {
		GiftProblem problem = onlyProblem("\n::M::Q{=a -> 1 = -> 2 = -> 3}");
		assertThat(problem.line()).isEqualTo(2);
		assertThat(problem.message()).contains("at least 2 pairs");
		assertThat(problems("Q{=a -> 1 =b -> 2}")).isEmpty();
	}

	@Test
	void numeric_answers_must_be_numbers() {
		assertThat(onlyProblem("Q{#abc}").message()).isEqualTo("numeric answer 'abc' is not a number");
		assertThat(onlyProblem("Q{#3,5}").message()).contains("write decimals with a dot: 3.5");
		assertThat(onlyProblem("Q{#3:x}").message()).contains("tolerance 'x' is not a number");
		assertThat(onlyProblem("Q{#5..1}").message()).contains("minimum above its maximum");
		assertThat(onlyProblem("Q{#5:-1}").message()).contains("negative");
		assertThat(onlyProblem("Q{#}").message()).contains("at least one answer");
		assertThat(onlyProblem("Q{#~#only feedback}").message()).contains("at least one answer");
	}

	@Test
	void a_bad_numeric_answer_is_reported_at_its_own_line() {
		assertThat(onlyProblem("Q{#\n=1822:0\n=%50%18x2:2\n}").line()).isEqualTo(3);
	}

	@Test
	void weights_beyond_100_percent_or_not_moodle_grades_are_reported() {
		GiftProblem beyond = onlyProblem("Q{\n=a\n~%150%b\n}");
		assertThat(beyond.line()).isEqualTo(3);
		assertThat(beyond.message()).contains("beyond 100%");
		assertThat(onlyProblem("Q{=a ~%-120%b}").message()).contains("beyond 100%");
		assertThat(onlyProblem("Q{=a ~%33%b}").message()).contains("not a grade Moodle offers");
		assertThat(onlyProblem("Q{=a ~%50,5%b}").message()).contains("malformed weight");
		assertThat(onlyProblem("Q{=a =%150%b}").message()).contains("beyond 100%");
	}

	@Test
	void a_weight_after_an_equal_sign_in_a_choice_question_is_reported() {
		assertThat(onlyProblem("Q{=%50%a ~b =c}").message()).contains("'=' already means 100%");
	}

	@Test
	void multiple_answer_weights_must_add_up_to_100_percent() {
		GiftProblem problem = onlyProblem("\n\n::M::Q{~%50%a ~%25%b ~c}");
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.message()).contains("add up to 75%");
	}

	@Test
	void a_short_answer_or_numeric_question_needs_a_full_mark_answer() {
		assertThat(onlyProblem("Q{=%50%a =%25%b}").message()).isEqualTo("no answer is worth 100%");
		assertThat(onlyProblem("Q{#=%50%3}").message()).isEqualTo("no answer is worth 100%");
	}

	@Test
	void a_choice_question_needs_two_answers_with_text() {
		assertThat(onlyProblem("Q{~a}").message()).contains("at least 2 answers");
		assertThat(onlyProblem("Q{=a ~ ~b}").message()).contains("no text");
	}

	@Test
	void a_question_needs_text() {
		assertThat(onlyProblem("::Title::{=a =b}").message()).contains("no text");
	}

	@Test
	void lower_case_true_false_is_reported_rather_than_read_as_a_short_answer() {
		assertThat(onlyProblem("Q{true}").message()).contains("in capitals");
		assertThat(problems("Q{=true}")).as("an explicit short answer is fine").isEmpty();
	}

	@Test
	void ordering_needs_two_items_on_their_own_lines_and_escaped_markers() {
		assertThat(onlyProblem("Q{>a >b >c}").message()).contains("at least 2 items");
		GiftProblem marker = onlyProblem("Q{\n>a\n>b = c\n}");
		assertThat(marker.line()).isEqualTo(3);
		assertThat(marker.message()).contains("write it as \\=");
	}

	@Test
	void an_id_separated_from_its_question_by_a_blank_line_is_reported() {
		GiftResult result = GiftParser.parse("// [id:lost]\n\n::Q::Q{T}");
		assertThat(result.problems()).containsExactly(new GiftProblem(1,
				"this [id:...] comment is separated from its question by a blank line: Moodle ignores it"));
		assertThat(result.questions()).singleElement().satisfies(q -> assertThat(q.idNumber()).isNull());
	}

	@Test
	void an_id_used_twice_in_a_file_is_reported_at_the_second_question() {
		GiftResult result = GiftParser.parse("// [id:same]\nA{T}\n\n// [id:same]\nB{T}");
		assertThat(result.problems())
			.containsExactly(new GiftProblem(5, "id same is already used by the question at line 2"));
		assertThat(result.questions()).hasSize(1);
	}

	@Test
	void a_question_glued_to_its_category_line_is_reported_and_still_read() {
		GiftResult result = GiftParser.parse("$CATEGORY: a/b\n// [id:q]\n::Q::Q{T}");
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.message()).contains("blank line after the $CATEGORY");
		});
		assertThat(result.questions()).singleElement().satisfies(q -> {
			assertThat(q.category()).isEqualTo("a/b");
			assertThat(q.idNumber()).isEqualTo("q");
		});
	}

	@Test
	void every_problem_of_a_file_is_reported_and_good_questions_are_kept() {
		GiftResult result = GiftParser.parse("""
				::Good 1::Q{T}

				::Bad 1::Q{#abc}

				::Good 2::Q{=a ~b}

				::Bad 2::Q{
				=a
				~%150%b
				~%7%c
				}

				$CATEGORY:

				::Good 3::Q{}
				""");
		assertThat(result.questions()).extracting(Question::name).containsExactly("Good 1", "Good 2", "Good 3");
		assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(3, 9, 10, 13);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "}", "::", "::::", "{}", "$CATEGORY:", "\\", "\\\\\\", "{#..}", "{#:}", "{#1..}",
			"{=->}", "{->}", "Q{=}", "Q{~}", "Q{#=}", "Q{####}", "Q{>}", "Q{T#}", "Q{TRUE###}", "[html", "[]{}", "%%",
			"// only a comment", "Q{~%%a =b}", "Q{=a -> }", "\u0000{\u0000}", "Q{#1e999999999}" })
	void garbage_never_throws(String gift) {
		assertThatCode(() -> GiftParser.parse(gift)).doesNotThrowAnyException();
	}

}
