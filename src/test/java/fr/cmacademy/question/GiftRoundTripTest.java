package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What {@link GiftWriter} writes, {@link GiftParser} reads back as the same questions.
 */
class GiftRoundTripTest {

	/** Text with every character GIFT gives a meaning to. */
	private static final String NASTY = "a ~ b = c # d { e } f : g \\ h \\n i -> j %50% k ::l:: // m\nsecond line";

	private static QuestionInfo info(String id, String category, FormattedText text) {
		return new QuestionInfo("Name: " + id + " ::x::", id, List.of("tag-1", "t]ag"), category, text,
				FormattedText.markdown("General *feedback* " + NASTY), 0);
	}

	private static List<Question> allTypes() {
		FormattedText md = FormattedText.markdown("Question **text** " + NASTY);
		return List.of(
				new SingleChoice(info("sc", "cat/one", md),
						List.of(new Choice(FormattedText.markdown("right " + NASTY), 1,
								FormattedText.markdown("yes " + NASTY)),
								new Choice(FormattedText.html("<b>half</b>"), 0.5, FormattedText.EMPTY),
								new Choice(FormattedText.plain("%50% starts like a weight"), 0,
										FormattedText.plain("plain feedback")),
								new Choice(FormattedText.markdown("[html] starts like a format"), -0.3333333))),
				new MultipleChoice(info("mc", "cat/one", FormattedText.moodle("Pick {two}.")),
						List.of(new Choice(FormattedText.moodle("a"), 0.5), new Choice(FormattedText.moodle("b"), 0.5),
								new Choice(FormattedText.moodle("c"), -1, FormattedText.moodle("no = no")),
								new Choice(FormattedText.moodle("d"), 0))),
				new TrueFalse(info("tf1", "cat/one", md), true, FormattedText.moodle("right " + NASTY),
						FormattedText.EMPTY),
				new TrueFalse(info("tf2", "cat/two", FormattedText.moodle("Statement")), false, FormattedText.EMPTY,
						FormattedText.html("<i>right</i>")),
				new TrueFalse(info("tf3", "cat/two", FormattedText.moodle("Statement")), false,
						FormattedText.moodle("wrong"), FormattedText.moodle("right")),
				new ShortAnswer(info("sa", "cat/two", FormattedText.moodle("Name it.")),
						List.of(new TextAnswer("e-réputation", 1, FormattedText.moodle("Oui ! C’est ça.")),
								new TextAnswer("%off", 1), new TextAnswer("TRUE", 0.5),
								new TextAnswer("a {b} #c ~d", 0.25, FormattedText.EMPTY),
								new TextAnswer("*", 0, FormattedText.moodle("Non.")))),
				new Numeric(info("num", "cat/two", FormattedText.moodle("How many?")), List.of(
						new NumericAnswer(new BigDecimal("3"), new BigDecimal("0.1"), 1,
								FormattedText.moodle("Exact : bravo")),
						NumericAnswer.range(new BigDecimal("-2.5"), new BigDecimal("10"), 0.5, FormattedText.EMPTY),
						new NumericAnswer(new BigDecimal("1E+3"), BigDecimal.ZERO, 0.1)),
						FormattedText.moodle("Any other value")),
				new Matching(info("match", "cat/two", FormattedText.html("<p>Match</p>")),
						List.of(new MatchPair(FormattedText.html("<b>LinkedIn</b>"), "Pro # content"),
								new MatchPair(FormattedText.plain("TikTok = short"), "Short {videos}"),
								new MatchPair(FormattedText.markdown("X*"), "Pro # content")),
						List.of("Distractor -> with arrow")),
				new Ordering(info("order", "cat/two", FormattedText.moodle("Order")),
						List.of(FormattedText.moodle(">10 first\nthen"), FormattedText.markdown("b > c"),
								FormattedText.moodle("\\> literal"))),
				new Essay(info("essay", "cat/two", FormattedText.moodle("Write " + NASTY))),
				new Description(new QuestionInfo("Intro", "desc", List.of(), "cat/two",
						FormattedText.markdown("Read *this* " + NASTY), FormattedText.EMPTY, 0)));
	}

	private static List<Question> withoutLines(List<Question> questions) {
		return questions.stream().map(q -> q.withLine(0)).toList();
	}

	@Test
	void every_type_reads_back_as_written() {
		List<Question> questions = allTypes();
		String gift = GiftWriter.write(questions);
		GiftResult result = GiftParser.parse(gift);
		assertThat(result.problems()).as(gift).isEmpty();
		assertThat(withoutLines(result.questions())).isEqualTo(questions);
	}

	@Test
	void moodles_examples_read_back_as_written() {
		List<Question> questions = GiftParser.parse(GiftFixtures.read("moodle-examples.gift")).questions();
		GiftResult again = GiftParser.parse(GiftWriter.write(questions));
		assertThat(again.problems()).isEmpty();
		assertThat(withoutLines(again.questions())).isEqualTo(withoutLines(questions));
	}

	@Test
	void written_gift_is_readable() {
		String gift = GiftWriter.write(List.of(allTypes().get(1), allTypes().get(6)));
		assertThat(gift).isEqualTo(
				"""
						$CATEGORY: cat/one

						// [id:mc] [tag:tag-1] [tag:t\\]ag]
						::Name\\: mc \\:\\:x\\:\\:::Pick \\{two\\}.{
							~%50%a
							~%50%b
							~%-100%c#no \\= no
							~d
							####[markdown]General *feedback* a \\~ b \\= c \\# d \\{ e \\} f : g \\\\ h \\\\n i -> j %50% k ::l:: // m\\nsecond line
						}

						$CATEGORY: cat/two

						// [id:num] [tag:tag-1] [tag:t\\]ag]
						::Name\\: num \\:\\:x\\:\\:::How many?{#
							=3:0.1#Exact : bravo
							=%50%3.75:6.25
							=%10%1000
							~#Any other value
							####[markdown]General *feedback* a \\~ b \\= c \\# d \\{ e \\} f : g \\\\ h \\\\n i -> j %50% k ::l:: // m\\nsecond line
						}

						""");
	}

	@Test
	void a_single_choice_whose_answers_are_all_right_stays_single() {
		SingleChoice q = new SingleChoice(QuestionInfo.of("Q", FormattedText.moodle("Q")),
				List.of(new Choice(FormattedText.moodle("a"), 1), new Choice(FormattedText.moodle("b"), 1)));
		assertThat(GiftParser.parse(GiftWriter.write(List.of(q))).questions()).containsExactly(q.withLine(1));
	}

	@Test
	void questions_gift_cannot_express_are_refused() {
		QuestionInfo info = QuestionInfo.of("Q", FormattedText.moodle("Q"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GiftWriter.write(List.of(new ShortAnswer(info, List.of(new TextAnswer("a -> b", 1))))))
			.withMessageContaining("matching");
		assertThatIllegalArgumentException().isThrownBy(() -> GiftWriter
			.write(List.of(new Matching(info, List.of(new MatchPair(FormattedText.moodle("a -> b"), "1"),
					new MatchPair(FormattedText.moodle("c"), "2")), List.of()))));
		assertThatIllegalArgumentException().isThrownBy(() -> GiftWriter.write(List.of(new SingleChoice(info,
				List.of(new Choice(FormattedText.moodle("a"), 0.5), new Choice(FormattedText.moodle("b"), 0))))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GiftWriter.write(List.of(new Description(info.withCategory("c")), new Essay(info))));
	}

}
