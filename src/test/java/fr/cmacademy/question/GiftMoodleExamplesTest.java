package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moodle's own GIFT examples (documentation, {@code examples.txt},
 * {@code giftformat_test.php}) read with the meaning Moodle gives them. Positions refer
 * to {@code src/test/resources/gift/moodle-examples.gift}.
 */
class GiftMoodleExamplesTest {

	private static List<Question> questions;

	@BeforeAll
	static void read() {
		GiftResult result = GiftParser.parse(GiftFixtures.read("moodle-examples.gift"));
		assertThat(result.problems()).isEmpty();
		questions = result.questions();
	}

	private static <T extends Question> T question(int index, Class<T> type) {
		assertThat(questions.get(index)).isInstanceOf(type);
		return type.cast(questions.get(index));
	}

	private static List<String> texts(List<Choice> choices) {
		return choices.stream().map(choice -> choice.text().source()).toList();
	}

	private static List<Double> fractions(List<Choice> choices) {
		return choices.stream().map(Choice::fraction).toList();
	}

	@Test
	void every_example_is_read_and_comment_only_blocks_are_skipped() {
		assertThat(questions).hasSize(52);
	}

	@Test
	void grants_tomb_multiple_choice_has_one_right_answer() {
		SingleChoice q = question(0, SingleChoice.class);
		assertThat(q.text()).isEqualTo(FormattedText.moodle("Who's buried in Grant's tomb?"));
		assertThat(texts(q.choices())).containsExactly("Grant", "Jefferson", "no one");
		assertThat(fractions(q.choices())).containsExactly(0.0, 0.0, 1.0);
		assertThat(q.name()).as("untitled questions are named after their text").isEqualTo(q.text().source());
		assertThat(q.line()).isEqualTo(9);
	}

	@Test
	void missing_word_keeps_the_text_around_a_blank() {
		SingleChoice q = question(1, SingleChoice.class);
		assertThat(q.text().source()).isEqualTo("Grant is _____ in Grant's tomb.");
		assertThat(fractions(q.choices())).containsExactly(0.0, 1.0, 0.0);
		assertThat(question(6, SingleChoice.class).text().source())
			.isEqualTo("The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.");
		assertThat(question(8, ShortAnswer.class).text().source()).isEqualTo("Two plus two equals _____.");
		assertThat(question(15, Numeric.class).text().source())
			.as("answers before the closing punctuation make a blank")
			.isEqualTo("What is the value of pi (to 3 decimal places)? _____.");
	}

	@Test
	void true_false_in_every_spelling() {
		assertThat(question(2, TrueFalse.class).correctAnswer()).isFalse();
		assertThat(question(10, TrueFalse.class).correctAnswer()).isFalse();
		assertThat(question(11, TrueFalse.class).correctAnswer()).isTrue();
		assertThat(question(32, TrueFalse.class).correctAnswer()).isTrue();
		assertThat(question(32, TrueFalse.class).text().source()).isEqualTo("1+1=2");
	}

	@Test
	void true_false_feedback_comes_wrong_first_then_right() {
		TrueFalse q = question(43, TrueFalse.class);
		assertThat(q.correctAnswer()).isFalse();
		assertThat(q.trueFeedback().source()).isEqualTo("42 is the Ultimate Answer.");
		assertThat(q.falseFeedback().source()).isEqualTo("You gave the right answer.");
		TrueFalse single = question(23, TrueFalse.class);
		assertThat(single.wrongFeedback().source()).isEqualTo("No one is buried in Grant's tomb.");
		assertThat(single.rightFeedback().isEmpty()).isTrue();
	}

	@Test
	void short_answers_with_and_without_equal_sign() {
		ShortAnswer q = question(3, ShortAnswer.class);
		assertThat(q.answers()).containsExactly(new TextAnswer("no one", 1), new TextAnswer("nobody", 1));
		assertThat(question(9, ShortAnswer.class).answers())
			.as("a single answer may omit its '=' as long as it is not T/F")
			.containsExactly(new TextAnswer("Frog", 1));
	}

	@Test
	void short_answer_weights_feedback_and_wildcard() {
		ShortAnswer q = question(26, ShortAnswer.class);
		assertThat(q.text().source()).isEqualTo("Jesus Christ was from");
		assertThat(q.answers()).extracting(TextAnswer::text, TextAnswer::fraction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Nazareth", 1.0),
					org.assertj.core.groups.Tuple.tuple("Nazereth", 0.75),
					org.assertj.core.groups.Tuple.tuple("Bethlehem", 0.25));
		assertThat(q.answers().get(1).feedback().source()).isEqualTo("Right, but misspelled.");
		ShortAnswer animals = question(47, ShortAnswer.class);
		assertThat(animals.answers().get(2))
			.isEqualTo(new TextAnswer("*", 0, FormattedText.moodle("Completely wrong")));
		assertThat(animals.generalFeedback()).isEqualTo(FormattedText.html("Here is some general feedback!"));
	}

	@Test
	void numeric_value_tolerance_and_range() {
		assertThat(question(4, Numeric.class).answers())
			.containsExactly(new NumericAnswer(new BigDecimal("1822"), new BigDecimal("5"), 1));
		assertThat(question(14, Numeric.class).answers())
			.containsExactly(new NumericAnswer(new BigDecimal("1822"), BigDecimal.ZERO, 1));
		NumericAnswer pi = new NumericAnswer(new BigDecimal("3.1415"), new BigDecimal("0.0005"), 1);
		assertThat(question(15, Numeric.class).answers()).containsExactly(pi);
		assertThat(question(16, Numeric.class).answers()).as("3.141..3.142 is stored as Moodle does")
			.containsExactly(pi);
		NumericAnswer oneToFive = question(37, Numeric.class).answers().get(0);
		assertThat(oneToFive.min()).isEqualByComparingTo("1");
		assertThat(oneToFive.max()).isEqualByComparingTo("5");
	}

	@Test
	void numeric_with_several_graded_answers_and_feedback() {
		assertThat(question(17, Numeric.class).answers()).containsExactly(
				new NumericAnswer(new BigDecimal("1822"), BigDecimal.ZERO, 1),
				new NumericAnswer(new BigDecimal("1822"), new BigDecimal("2"), 0.5));
		Numeric q = question(38, Numeric.class);
		assertThat(q.answers()).extracting(answer -> answer.feedback().source())
			.containsExactly("Correct! Full credit.", "He was born in 1822. Half credit for being close.");
		assertThat(question(46, Numeric.class).otherwiseFeedback().source()).isEqualTo("Completely wrong");
	}

	@Test
	void matching_pairs_with_or_without_spaces_around_the_arrow() {
		Matching capitals = question(5, Matching.class);
		assertThat(capitals.text().source())
			.isEqualTo("Match the following countries with their corresponding\ncapitals.");
		assertThat(capitals.pairs()).extracting(MatchPair::right).containsExactly("Ottawa", "Rome", "Tokyo");
		Matching four = question(13, Matching.class);
		assertThat(four.pairs()).extracting(pair -> pair.left().source())
			.containsExactly("Canada", "Italy", "Japan", "India");
		assertThat(four.options()).containsExactly("Ottawa", "Rome", "Tokyo", "New Delhi");
		assertThat(question(12, Matching.class).pairs()).hasSize(3);
		assertThat(question(35, Matching.class).pairs()).as("two pairs are enough for Moodle").hasSize(2);
	}

	@Test
	void matching_items_have_their_own_format_and_an_empty_left_side_adds_a_distractor() {
		Matching q = question(48, Matching.class);
		assertThat(q.text()).isEqualTo(FormattedText.html("Match the <b>activity</b> to the description."));
		assertThat(q.pairs()).extracting(pair -> pair.left().format())
			.containsExactly(TextFormat.HTML, TextFormat.MOODLE, TextFormat.PLAIN, TextFormat.MARKDOWN);
		assertThat(q.distractors()).containsExactly("Chat");
		assertThat(q.options()).containsExactly("Forum", "Choice", "Database", "Wiki", "Chat");
	}

	@Test
	void titles_and_multi_line_questions() {
		ShortAnswer kanji = question(19, ShortAnswer.class);
		assertThat(kanji.name()).isEqualTo("Kanji Origins");
		assertThat(kanji.text().source()).isEqualTo("Japanese characters originally\ncame from what country?");
		SingleChoice thanksgiving = question(20, SingleChoice.class);
		assertThat(thanksgiving.name()).isEqualTo("Thanksgiving Date");
		assertThat(thanksgiving.text().source())
			.isEqualTo("The American holiday of Thanksgiving is\ncelebrated on the _____ Thursday of November.");
		assertThat(question(18, Numeric.class).text().source()).as("comment lines are left out")
			.isEqualTo("What's 2 plus 2?");
	}

	@Test
	void per_answer_feedback() {
		SingleChoice q = question(21, SingleChoice.class);
		assertThat(q.choices()).extracting(choice -> choice.feedback().source())
			.containsExactly("feedback comment on the wrong answer", "feedback comment on this wrong answer",
					"Very good!");
		assertThat(question(22, ShortAnswer.class).answers()).extracting(answer -> answer.feedback().source())
			.containsExactly("excellent answer!", "excellent answer!");
	}

	@Test
	void partial_weights_keep_a_single_choice_when_one_answer_starts_with_equal() {
		assertThat(fractions(question(24, SingleChoice.class).choices())).containsExactly(0.0, 0.5, 1.0);
		SingleChoice hometown = question(25, SingleChoice.class);
		assertThat(hometown.text().source()).isEqualTo("Jesus Christ was from _____.");
		assertThat(fractions(hometown.choices())).containsExactly(0.0, 0.25, 0.5, 1.0);
	}

	@Test
	void without_any_equal_sign_a_choice_question_takes_multiple_answers() {
		MultipleChoice q = question(27, MultipleChoice.class);
		assertThat(texts(q.choices())).containsExactly("No one", "Grant", "Grant's wife", "Grant's father");
		assertThat(fractions(q.choices())).containsExactly(0.0, 0.5, 0.5, 0.0);
		assertThat(fractions(question(28, MultipleChoice.class).choices())).containsExactly(-0.5, 0.5, 0.5, -0.5);
		MultipleChoice colours = question(45, MultipleChoice.class);
		assertThat(fractions(colours.choices())).containsExactly(0.5, -1.0, 0.5, -1.0);
		assertThat(colours.choices().get(3).text()).isEqualTo(FormattedText.plain("blue"));
	}

	@Test
	void escaped_control_characters_are_text() {
		assertThat(texts(question(29, SingleChoice.class).choices())).containsExactly("= 2 + 2", "= 2 + 3", "= 2 + 4");
		SingleChoice control = question(30, SingleChoice.class);
		assertThat(texts(control.choices())).containsExactly("~", "=", "#", "{", "}", "\\");
		assertThat(fractions(control.choices())).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
		assertThat(control.choices().get(0).feedback().source()).isEqualTo("~ is a control character.");
		assertThat(control.choices().get(5).feedback().source())
			.isEqualTo("Correct! \\ (backslash) is not a control character. BUT,\nit is used to escape the control "
					+ "characters.");
		assertThat(question(31, ShortAnswer.class).text().source())
			.isEqualTo("1 + 2 = ? Answer: _____\nthen a new line.");
	}

	@Test
	void backslashes_and_escaped_braces_in_html() {
		assertThat(question(50, Essay.class).text().source()).isEqualTo("A \\ B \\\\ C");
		Essay pre = question(49, Essay.class);
		assertThat(pre.text().format()).isEqualTo(TextFormat.HTML);
		assertThat(pre.text().source()).as("lines are trimmed when Moodle imports a file")
			.isEqualTo("<p>What would running the test method print?</p>\n<pre>\npublic void test() {\nmethod1();\n}\n"
					+ "</pre>");
	}

	@Test
	void text_formats_apply_to_the_question_and_default_for_its_parts() {
		ShortAnswer markdown = question(51, ShortAnswer.class);
		assertThat(markdown.text()).isEqualTo(FormattedText.markdown("Who's buried in **Grant's tomb**?"));
		assertThat(markdown.answers().get(0).feedback()).isEqualTo(FormattedText.markdown("excellent answer!"));
		SingleChoice perAnswer = question(44, SingleChoice.class);
		assertThat(perAnswer.choices().get(1).feedback()).isEqualTo(FormattedText.html("wrong, it's yellow"));
		assertThat(perAnswer.choices().get(2).text()).isEqualTo(FormattedText.plain("blue"));
		assertThat(perAnswer.choices().get(2).feedback()).as("an answer's format does not carry to its feedback")
			.isEqualTo(FormattedText.moodle("wrong, it's yellow"));
	}

	@Test
	void essays_general_feedback_and_descriptions() {
		assertThat(question(39, Essay.class).text().source()).isEqualTo("How are you?");
		ShortAnswer withFeedback = question(40, ShortAnswer.class);
		assertThat(withFeedback.generalFeedback()).isEqualTo(FormattedText.moodle("The sum of two and two is four."));
		assertThat(withFeedback.answers()).extracting(TextAnswer::text).containsExactly("4", "four");
		Description intro = question(41, Description.class);
		assertThat(intro.text().source()).isEqualTo("You can use your pencil and paper for these next math questions.");
		assertThat(intro.graded()).isFalse();
	}

	@Test
	void categories_apply_to_the_questions_that_follow() {
		assertThat(questions.get(31).category()).isEmpty();
		assertThat(questions.subList(32, 42)).allSatisfy(q -> assertThat(q.category()).isEqualTo("tom/dick/harry"));
		assertThat(questions.subList(42, 52))
			.allSatisfy(q -> assertThat(q.category()).isEqualTo("$course$/top/Tests from qformat_gift"));
	}

	@Test
	void id_and_tags_come_from_the_comment_lines_above_a_question() {
		Essay q = question(42, Essay.class);
		assertThat(q.idNumber()).isEqualTo("myid");
		assertThat(q.tags()).containsExactly("tag", "other-tag");
		assertThat(q.name()).isEqualTo("Question name");
		assertThat(questions.get(41).idNumber()).isNull();
	}

}
