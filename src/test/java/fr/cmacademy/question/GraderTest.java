package fr.cmacademy.question;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GraderTest {

	private static Question q(String gift) {
		GiftResult result = GiftParser.parse("// [id:q]\n" + gift);
		assertThat(result.problems()).isEmpty();
		return result.questions().get(0);
	}

	private static Outcome grade(String gift, Response response) {
		return Grader.grade(q(gift), response);
	}

	private static List<String> feedback(Outcome outcome) {
		return outcome.feedback().stream().map(FormattedText::source).toList();
	}

	@Test
	void single_choice_earns_the_fraction_of_the_chosen_answer() {
		String gift = "Q{~wrong#No. ~%50%half#Almost. =right#Yes! ~%-50%bad#Never.}";
		assertThat(grade(gift, ChoiceResponse.of(2)))
			.isEqualTo(new Outcome(1, Status.CORRECT, List.of(FormattedText.moodle("Yes!"))));
		Outcome half = grade(gift, ChoiceResponse.of(1));
		assertThat(half.fraction()).isEqualTo(0.5);
		assertThat(half.status()).isEqualTo(Status.PARTIAL);
		assertThat(feedback(half)).containsExactly("Almost.");
		assertThat(grade(gift, ChoiceResponse.of(0)).status()).isEqualTo(Status.INCORRECT);
	}

	@Test
	void a_negative_single_choice_answer_never_goes_below_zero() {
		Outcome outcome = grade("Q{=right ~%-50%bad#Never.}", ChoiceResponse.of(1));
		assertThat(outcome.fraction()).isZero();
		assertThat(outcome.status()).isEqualTo(Status.INCORRECT);
		assertThat(feedback(outcome)).containsExactly("Never.");
	}

	@Test
	void several_answers_to_a_single_choice_or_an_index_out_of_range_score_zero() {
		assertThat(grade("Q{=a ~b}", ChoiceResponse.of(0, 1)).fraction()).isZero();
		assertThat(grade("Q{=a ~b}", ChoiceResponse.of(7)).status()).isEqualTo(Status.INCORRECT);
	}

	@Test
	void multiple_choice_adds_the_selected_fractions_within_zero_and_one() {
		String gift = "Q{~%50%a#A ~%50%b#B ~%-50%c#C ~%-50%d}";
		assertThat(grade(gift, ChoiceResponse.of(0, 1)).status()).isEqualTo(Status.CORRECT);
		Outcome mixed = grade(gift, ChoiceResponse.of(0, 1, 2));
		assertThat(mixed.fraction()).isEqualTo(0.5);
		assertThat(feedback(mixed)).containsExactly("A", "B", "C");
		assertThat(grade(gift, ChoiceResponse.of(2, 3)).fraction()).as("never below 0").isZero();
		assertThat(grade(gift, ChoiceResponse.of(0, 2)).fraction()).isZero();
		assertThat(grade("Q{~%33.33333%a ~%33.33333%b ~%33.33333%c}", ChoiceResponse.of(0, 1, 2)).status())
			.isEqualTo(Status.CORRECT);
	}

	@Test
	void nothing_selected_is_not_answered() {
		assertThat(grade("Q{=a ~b}", new ChoiceResponse(java.util.Set.of())))
			.isEqualTo(new Outcome(0, Status.NOT_ANSWERED, List.of()));
		assertThat(Grader.grade(q("Q{=a ~b}"), null).status()).isEqualTo(Status.NOT_ANSWERED);
	}

	@Test
	void true_false_is_all_or_nothing_with_the_feedback_of_the_answer_given() {
		String gift = "Q{FALSE#It is false.#Right, false.}";
		assertThat(grade(gift, new TrueFalseResponse(false)))
			.isEqualTo(new Outcome(1, Status.CORRECT, List.of(FormattedText.moodle("Right, false."))));
		assertThat(grade(gift, new TrueFalseResponse(true)))
			.isEqualTo(new Outcome(0, Status.INCORRECT, List.of(FormattedText.moodle("It is false."))));
	}

	@Test
	void short_answers_ignore_case_accents_and_spaces() {
		String gift = "Q{=e-réputation#Oui =%50%image#Presque}";
		for (String typed : List.of("e-réputation", "E-REPUTATION", "  e-reputation ", "É-Réputation",
				"e‑réputation")) {
			assertThat(grade(gift, new TextResponse(typed)).status()).as(typed).isEqualTo(Status.CORRECT);
		}
		assertThat(grade("Q{=réputation en ligne}", new TextResponse("Reputation   en\tligne")).status())
			.isEqualTo(Status.CORRECT);
		assertThat(grade("Q{=l’œuvre}", new TextResponse("l'oeuvre")).status()).isEqualTo(Status.CORRECT);
		Outcome half = grade(gift, new TextResponse("Image"));
		assertThat(half.fraction()).isEqualTo(0.5);
		assertThat(feedback(half)).containsExactly("Presque");
		assertThat(grade(gift, new TextResponse("reputation")).status()).isEqualTo(Status.INCORRECT);
		assertThat(grade(gift, new TextResponse("  ")).status()).isEqualTo(Status.NOT_ANSWERED);
	}

	@Test
	void short_answer_wildcards_match_like_moodle() {
		String gift = "Q{=*community*#Yes =%0%*#Anything else}";
		assertThat(grade(gift, new TextResponse("le Community Manager")).fraction()).isEqualTo(1);
		Outcome other = grade(gift, new TextResponse("foo"));
		assertThat(other.fraction()).isZero();
		assertThat(feedback(other)).containsExactly("Anything else");
		assertThat(grade("Q{=a\\\\*b}", new TextResponse("a*b")).fraction()).as("\\* is a literal star").isEqualTo(1);
		assertThat(grade("Q{=a\\\\*b}", new TextResponse("axb")).fraction()).isZero();
		assertThat(grade("Q{=no *one}", new TextResponse("no-one")).fraction()).isZero();
		assertThat(grade("Q{=no *one}", new TextResponse("no big one")).fraction()).isEqualTo(1);
		assertThat(grade("Q{=(a+b)*}", new TextResponse("(a+b) squared")).fraction()).as("regex characters are text")
			.isEqualTo(1);
	}

	@Test
	void the_best_matching_short_answer_wins() {
		assertThat(grade("Q{=%50%*chat* =chat noir}", new TextResponse("chat noir")).fraction()).isEqualTo(1);
	}

	@Test
	void a_bilingual_short_answer_accepts_both_languages() {
		Question fr = q("Q{=e-réputation#Oui}");
		Question en = q("Q{=online reputation#Yes =%50%reputation#Almost}");
		BilingualQuestion bilingual = new BilingualQuestion(fr, en);
		assertThat(Grader.grade(bilingual, new TextResponse("Online Reputation")).status()).isEqualTo(Status.CORRECT);
		assertThat(Grader.grade(bilingual, new TextResponse("E-reputation"), java.util.Locale.ENGLISH).status())
			.isEqualTo(Status.CORRECT);
		assertThat(feedback(Grader.grade(bilingual, new TextResponse("e-réputation"), java.util.Locale.ENGLISH)))
			.containsExactly("Oui");
		assertThat(feedback(Grader.grade(bilingual, new TextResponse("reputation")))).containsExactly("Almost");
	}

	@Test
	void bilingual_choice_feedback_follows_the_language() {
		BilingualQuestion bilingual = new BilingualQuestion(q("Q{=oui#Bravo ~non}"), q("Q{=yes#Well done ~no}"));
		assertThat(feedback(Grader.grade(bilingual, ChoiceResponse.of(0), java.util.Locale.ENGLISH)))
			.containsExactly("Well done");
		assertThat(feedback(Grader.grade(bilingual, ChoiceResponse.of(0)))).containsExactly("Bravo");
	}

	@Test
	void numeric_answers_accept_comma_decimals_spaces_and_units() {
		String gift = "Q{#3:0.1}";
		for (String typed : List.of("3", "3,05", "3.1", " 2,9 ", "3 %", "3%", "3.0 points", "+3", "3,")) {
			assertThat(grade(gift, new NumericResponse(typed)).status()).as(typed).isEqualTo(Status.CORRECT);
		}
		assertThat(grade(gift, new NumericResponse("3.11")).status()).isEqualTo(Status.INCORRECT);
		assertThat(grade(gift, new NumericResponse("three")).status()).isEqualTo(Status.INCORRECT);
		assertThat(grade("Q{#4000}", new NumericResponse("4 000")).status()).isEqualTo(Status.CORRECT);
		assertThat(grade("Q{#4000}", new NumericResponse("4\u202f000")).status()).isEqualTo(Status.CORRECT);
		assertThat(grade("Q{#1234.5}", new NumericResponse("1,234.5")).status()).isEqualTo(Status.CORRECT);
		assertThat(grade("Q{#1234.5}", new NumericResponse("1.234,5")).status()).isEqualTo(Status.CORRECT);
		assertThat(grade("Q{#1234567}", new NumericResponse("1.234.567")).status()).isEqualTo(Status.CORRECT);
		assertThat(grade("Q{#-2}", new NumericResponse("−2")).status()).isEqualTo(Status.CORRECT);
		assertThat(grade("Q{#1}", new NumericResponse("1e999999")).status()).isEqualTo(Status.INCORRECT);
		assertThat(grade("Q{#1000}", new NumericResponse("1e3")).status()).isEqualTo(Status.CORRECT);
	}

	@Test
	void numeric_ranges_include_their_ends() {
		String gift = "Q{#2..4}";
		assertThat(grade(gift, new NumericResponse("2")).status()).isEqualTo(Status.CORRECT);
		assertThat(grade(gift, new NumericResponse("4")).status()).isEqualTo(Status.CORRECT);
		assertThat(grade(gift, new NumericResponse("4.0001")).status()).isEqualTo(Status.INCORRECT);
		assertThat(grade(gift, new NumericResponse("1,99")).status()).isEqualTo(Status.INCORRECT);
	}

	@Test
	void several_numeric_answers_give_the_best_fraction_and_its_feedback() {
		String gift = "Q{#=%50%1822:2#Close =1822:0#Exact ~#Way off}";
		Outcome exact = grade(gift, new NumericResponse("1822"));
		assertThat(exact.fraction()).isEqualTo(1);
		assertThat(feedback(exact)).containsExactly("Exact");
		Outcome close = grade(gift, new NumericResponse("1823,5"));
		assertThat(close.fraction()).isEqualTo(0.5);
		assertThat(feedback(close)).containsExactly("Close");
		Outcome off = grade(gift, new NumericResponse("1900"));
		assertThat(off.status()).isEqualTo(Status.INCORRECT);
		assertThat(feedback(off)).containsExactly("Way off");
	}

	@Test
	void matching_gives_credit_for_each_pair_matched() {
		String gift = "Q{=a -> 1 =b -> 2 =c -> 3 =d -> 3 = -> 4}";
		assertThat(grade(gift, new MatchingResponse(Map.of(0, 0, 1, 1, 2, 2, 3, 2))).status())
			.isEqualTo(Status.CORRECT);
		Outcome half = grade(gift, new MatchingResponse(Map.of(0, 0, 1, 3, 2, 2)));
		assertThat(half.fraction()).isEqualTo(0.5);
		assertThat(half.status()).isEqualTo(Status.PARTIAL);
		assertThat(grade(gift, new MatchingResponse(Map.of(0, 3, 9, 0, 1, 99))).status()).isEqualTo(Status.INCORRECT);
		assertThat(grade(gift, new MatchingResponse(Map.of())).status()).isEqualTo(Status.NOT_ANSWERED);
	}

	@Test
	void ordering_gives_credit_for_each_item_in_its_place() {
		String gift = "Q{\n>a\n>b\n>c\n>d\n}";
		assertThat(grade(gift, OrderingResponse.of(0, 1, 2, 3)).status()).isEqualTo(Status.CORRECT);
		assertThat(grade(gift, OrderingResponse.of(0, 1, 3, 2)).fraction()).isEqualTo(0.5);
		assertThat(grade(gift, OrderingResponse.of(1, 2, 3, 0)).status()).isEqualTo(Status.INCORRECT);
		assertThat(grade(gift, OrderingResponse.of(0, 0, 0, 0)).status()).as("not a permutation")
			.isEqualTo(Status.INCORRECT);
		assertThat(grade(gift, OrderingResponse.of(0, 1)).fraction()).isZero();
	}

	@Test
	void essays_wait_for_a_trainer_and_descriptions_ask_nothing() {
		assertThat(grade("Q{}", new TextResponse("My answer")))
			.isEqualTo(new Outcome(0, Status.NEEDS_GRADING, List.of()));
		assertThat(grade("Q{}", new TextResponse(" ")).status()).isEqualTo(Status.NOT_ANSWERED);
		assertThat(Grader.grade(q("Read this."), null)).isEqualTo(new Outcome(0, Status.CORRECT, List.of()));
	}

	@Test
	void a_response_of_the_wrong_kind_scores_zero() {
		assertThat(grade("Q{=a ~b}", new TextResponse("a")).status()).isEqualTo(Status.INCORRECT);
		assertThat(grade("Q{T}", ChoiceResponse.of(0)).status()).isEqualTo(Status.INCORRECT);
	}

	@Test
	void the_correct_answer_scores_full_marks_on_every_moodle_example() {
		for (Question question : GiftParser.parse(GiftFixtures.read("moodle-examples.gift")).questions()) {
			Response correct = CorrectAnswer.of(question);
			if (question instanceof Essay || question instanceof Description) {
				assertThat(correct).isNull();
			}
			else {
				assertThat(Grader.grade(question, correct).fraction()).as(question.name()).isCloseTo(1, within(1e-6));
			}
		}
	}

	@Test
	void correct_answers_for_review_screens() {
		assertThat(CorrectAnswer.of(q("Q{~a =b ~%50%c}"))).isEqualTo(ChoiceResponse.of(1));
		assertThat(CorrectAnswer.of(q("Q{~%50%a ~b ~%50%c ~%-50%d}"))).isEqualTo(ChoiceResponse.of(0, 2));
		assertThat(CorrectAnswer.of(q("Q{F}"))).isEqualTo(new TrueFalseResponse(false));
		assertThat(CorrectAnswer.of(q("Q{=%0%* =*reput*}"))).isEqualTo(new TextResponse("reput"));
		assertThat(CorrectAnswer.of(q("Q{#=%50%3 =2.50:1}"))).isEqualTo(new NumericResponse("2.5"));
		assertThat(CorrectAnswer.of(q("Q{=a -> 2 =b -> 1 = -> 3}")))
			.isEqualTo(new MatchingResponse(Map.of(0, 0, 1, 1)));
		assertThat(CorrectAnswer.of(q("Q{\n>x\n>y\n}"))).isEqualTo(OrderingResponse.of(0, 1));
	}

	@Test
	void outcomes_keep_fractions_between_zero_and_one() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Outcome(-0.5, Status.INCORRECT, List.of()));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Outcome(Double.NaN, Status.INCORRECT, List.of()));
	}

}
