package fr.cmacademy.question;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BankPairingTest {

	private static List<Question> read(String gift) {
		GiftResult result = GiftParser.parse(gift);
		assertThat(result.problems()).isEmpty();
		return result.questions();
	}

	private static final String FR = GiftFixtures.read("pairing.fr.gift");

	private static final String EN = GiftFixtures.read("pairing.en.gift");

	private static PairingResult pairWithEnglish(String english) {
		return BankPairing.pair(read(FR), read(english));
	}

	@Test
	void matching_banks_pair_every_question_in_french_order() {
		PairingResult result = pairWithEnglish(EN);
		assertThat(result.hasProblems()).isFalse();
		assertThat(result.questions()).extracting(BilingualQuestion::id)
			.containsExactly("cm-demo-choice-01", "cm-demo-short-02", "cm-demo-rate-03", "cm-demo-match-04",
					"cm-demo-order-05");
		BilingualQuestion first = result.questions().get(0);
		assertThat(first.in(Locale.FRENCH).name()).isEqualTo("Rôle");
		assertThat(first.in(Locale.CANADA_FRENCH).name()).isEqualTo("Rôle");
		assertThat(first.in(Locale.ENGLISH).name()).isEqualTo("Role");
		assertThat(first.in(Locale.GERMAN).name()).isEqualTo("Role");
	}

	@Test
	void a_question_missing_from_one_file_is_reported_in_the_file_that_has_it() {
		PairingResult result = pairWithEnglish(EN.replace("// [id:cm-demo-rate-03]", "// [id:cm-demo-rate-03b]"));
		assertThat(result.frProblems()).containsExactly(new GiftProblem(14,
				"question cm-demo-rate-03 has no English version: add it to the .en.gift file at the same place"));
		assertThat(result.enProblems()).containsExactly(new GiftProblem(14,
				"question cm-demo-rate-03b is not in the French bank: the ids must be the same in both files"));
		assertThat(result.questions()).hasSize(4);
	}

	@Test
	void a_question_without_id_is_reported() {
		PairingResult result = pairWithEnglish(EN.replace("// [id:cm-demo-short-02]\n", ""));
		assertThat(result.enProblems()).first()
			.isEqualTo(new GiftProblem(10, "question 'Term' has no id: put a '// [id:...]' line right above it"));
		assertThat(result.frProblems()).extracting(GiftProblem::line).containsExactly(11);
	}

	@Test
	void questions_out_of_order_are_reported_at_the_moved_question() {
		String swapped = """
				$CATEGORY: cm-demo/basics

				// [id:cm-demo-short-02]
				::Term::A brand's image online?{=online reputation}

				// [id:cm-demo-choice-01]
				::Role::What is the heart of the job?{=a#Yes. ~b#No. ~%-50%c#No.}
				""";
		PairingResult result = BankPairing.pair(read(FR).subList(0, 2), read(swapped));
		assertThat(result.frProblems()).isEmpty();
		assertThat(result.enProblems()).singleElement()
			.satisfies(problem -> assertThat(problem.message())
				.startsWith("question cm-demo-choice-01 is not in the same place"));
		assertThat(result.questions()).hasSize(2);
	}

	@Test
	void structural_differences_are_reported_in_the_english_file_with_the_french_line() {
		PairingResult result = pairWithEnglish(
				EN.replace("~%-50%Coding the website#No.", "~%-25%Coding the website#No.")
					.replace("{#3:0.1}", "{#3:0.2}")
					.replace("  =X -> Real time\n", "")
					.replace("  >Solve\n", "")
					.replace("$CATEGORY: cm-demo/basics", "$CATEGORY: cm-demo/other"));
		assertThat(result.frProblems()).isEmpty();
		assertThat(result.enProblems()).extracting(GiftProblem::toString)
			.containsExactly(
					"4: question cm-demo-choice-01 differs from its French version (line 4): category 'cm-demo/other' here, 'cm-demo/basics' in French",
					"4: question cm-demo-choice-01 differs from its French version (line 4): weights 100%, 0%, -25% here, 100%, 0%, -50% in French",
					"11: question cm-demo-short-02 differs from its French version (line 11): category 'cm-demo/other' here, 'cm-demo/basics' in French",
					"14: question cm-demo-rate-03 differs from its French version (line 14): category 'cm-demo/other' here, 'cm-demo/basics' in French",
					"14: question cm-demo-rate-03 differs from its French version (line 14): numeric answers 100% 3:0.2 here, 100% 3:0.1 in French",
					"17: question cm-demo-match-04 differs from its French version (line 17): category 'cm-demo/other' here, 'cm-demo/basics' in French",
					"17: question cm-demo-match-04 differs from its French version (line 17): 2 pairs here, 3 in French",
					"17: question cm-demo-match-04 differs from its French version (line 17): 2 answers to choose from here, 3 in French",
					"23: question cm-demo-order-05 differs from its French version (line 24): category 'cm-demo/other' here, 'cm-demo/basics' in French",
					"23: question cm-demo-order-05 differs from its French version (line 24): 2 items here, 3 in French");
		assertThat(result.questions()).isEmpty();
	}

	@Test
	void type_answer_count_and_true_false_differences_are_reported() {
		List<Question> fr = read("// [id:a]\nQ{=a ~b ~c}\n\n// [id:b]\nQ{T}\n\n// [id:c]\nQ{=a ~b}");
		List<Question> en = read("// [id:a]\nQ{=a ~b}\n\n// [id:b]\nQ{F}\n\n// [id:c]\nQ{~%50%a ~%50%b}");
		assertThat(BankPairing.pair(fr, en).enProblems()).extracting(GiftProblem::message)
			.containsExactly("question a differs from its French version (line 2): 2 answers here, 3 in French",
					"question b differs from its French version (line 5): the answer is false here, true in French",
					"question c differs from its French version (line 8): type MULTIPLE_CHOICE here, SINGLE_CHOICE in French");
	}

	@Test
	void items_sharing_an_answer_must_share_it_in_both_languages() {
		List<Question> fr = read("// [id:m]\nQ{=a -> 1 =b -> 1 =c -> 2 = -> 3}");
		List<Question> en = read("// [id:m]\nQ{=a -> 1 =b -> 2 =c -> 2 = -> 3}");
		assertThat(BankPairing.pair(fr, en).enProblems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("items sharing an answer differ"));
	}

	@Test
	void ids_used_twice_are_reported() {
		List<Question> fr = read("// [id:a]\nQ{T}");
		List<Question> twice = List.of(fr.get(0), fr.get(0).withLine(9));
		assertThat(BankPairing.pair(twice, fr).frProblems())
			.containsExactly(new GiftProblem(9, "id a is already used at line 2"));
	}

	@Test
	void a_bilingual_question_needs_one_id_and_one_type() {
		Question a = read("// [id:a]\nQ{T}").get(0);
		Question b = read("// [id:b]\nQ{T}").get(0);
		Question essay = read("// [id:a]\nQ{}").get(0);
		assertThatIllegalArgumentException().isThrownBy(() -> new BilingualQuestion(a, b));
		assertThatIllegalArgumentException().isThrownBy(() -> new BilingualQuestion(a, essay));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new BilingualQuestion(a.withInfo(a.info().withId(null)), a.withInfo(a.info().withId(null))));
	}

}
