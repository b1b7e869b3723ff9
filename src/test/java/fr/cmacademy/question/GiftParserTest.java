package fr.cmacademy.question;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading GIFT as CM Academy banks use it, and the details Moodle's examples do not show.
 */
class GiftParserTest {

	private static List<Question> read(String gift) {
		GiftResult result = GiftParser.parse(gift);
		assertThat(result.problems()).isEmpty();
		return result.questions();
	}

	private static Question readOne(String gift) {
		List<Question> questions = read(gift);
		assertThat(questions).hasSize(1);
		return questions.get(0);
	}

	@Test
	void the_bank_format_cheat_sheet_reads_as_the_contract_says() {
		List<Question> questions = read(
				"""
						$CATEGORY: cm-profession/roles

						// [id:cm-prof-role-01]
						::Rôle principal::Quelle mission décrit le mieux le rôle du community manager ?{
						  =Animer et fédérer une communauté autour d’une marque#Oui : c’est le cœur du métier.
						  ~Acheter de l’espace publicitaire#Non : c’est le rôle du média planner.
						  ~Développer le site web#Non.
						  ####Le CM anime, modère, écoute et fait remonter la voix des utilisateurs.
						}

						// [id:cm-prof-missions-02]      multiple answers: weights sum to 100 on the right ones
						::Missions::Cochez les missions du CM.{
						  ~%50%Modérer les échanges
						  ~%50%Produire un reporting
						  ~%-50%Fixer les prix des produits
						  ~%-50%Gérer la paie
						}

						// [id:cm-prof-tf-03]
						::Vrai ou faux::Le community manager ne travaille qu’avec le service marketing.{FALSE#Faux : il travaille aussi avec le support, le juridique, le produit...#}

						// [id:cm-prof-short-04]
						::Terme::Comment appelle-t-on l’image d’une marque sur Internet ?{=e-réputation =réputation en ligne =%50%image}

						// [id:cm-analytics-rate-05]
						::Taux::Un post a 120 interactions pour 4 000 impressions. Taux d’engagement en % ?{#3:0.1}

						$CATEGORY: cm-writing/platforms

						// [id:cm-writing-match-06]
						::Plateformes::Associez chaque plateforme à son usage.{
						  =LinkedIn -> Contenus professionnels
						  =TikTok -> Vidéos courtes verticales
						  =X -> Fil d’actualité en temps réel
						}

						// [id:cm-crisis-essay-07]
						::Déclaration::Rédigez une déclaration d’attente (5 lignes).{}

						// [id:cm-crisis-order-08]
						::Étapes::Remettez les étapes de la réponse dans l’ordre.{
						  >Remercier pour le signalement
						  >Reconnaître le problème
						  >Proposer une solution
						  >Indiquer le canal de suivi
						}
						""");
		assertThat(questions).extracting(Question::type)
			.containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
					QuestionType.SHORT_ANSWER, QuestionType.NUMERIC, QuestionType.MATCHING, QuestionType.ESSAY,
					QuestionType.ORDERING);
		assertThat(questions).extracting(Question::idNumber)
			.containsExactly("cm-prof-role-01", "cm-prof-missions-02", "cm-prof-tf-03", "cm-prof-short-04",
					"cm-analytics-rate-05", "cm-writing-match-06", "cm-crisis-essay-07", "cm-crisis-order-08");
		assertThat(questions).extracting(Question::category)
			.containsExactly("cm-profession/roles", "cm-profession/roles", "cm-profession/roles", "cm-profession/roles",
					"cm-profession/roles", "cm-writing/platforms", "cm-writing/platforms", "cm-writing/platforms");
		SingleChoice role = (SingleChoice) questions.get(0);
		assertThat(role.name()).isEqualTo("Rôle principal");
		assertThat(role.choices().get(0).feedback().source()).isEqualTo("Oui : c’est le cœur du métier.");
		assertThat(role.generalFeedback().source())
			.isEqualTo("Le CM anime, modère, écoute et fait remonter la voix des utilisateurs.");
		TrueFalse trueFalse = (TrueFalse) questions.get(2);
		assertThat(trueFalse.correctAnswer()).isFalse();
		assertThat(trueFalse.trueFeedback().source()).startsWith("Faux : il travaille aussi");
		assertThat(trueFalse.falseFeedback().isEmpty()).isTrue();
		assertThat(((ShortAnswer) questions.get(3)).answers()).extracting(TextAnswer::text, TextAnswer::fraction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("e-réputation", 1.0),
					org.assertj.core.groups.Tuple.tuple("réputation en ligne", 1.0),
					org.assertj.core.groups.Tuple.tuple("image", 0.5));
		assertThat(((Ordering) questions.get(7)).items()).extracting(FormattedText::source)
			.containsExactly("Remercier pour le signalement", "Reconnaître le problème", "Proposer une solution",
					"Indiquer le canal de suivi");
	}

	@Test
	void ordering_items_may_span_lines_escape_a_leading_arrow_and_carry_a_format() {
		Ordering q = (Ordering) readOne("""
				::Steps::[markdown]Put the **steps** in order.{
				>Thank the person
				who reported it
				>\\>10 minutes later, follow up
				>[plain]Close *the* ticket
				####Order matters.
				}
				""");
		assertThat(q.items()).containsExactly(FormattedText.markdown("Thank the person\nwho reported it"),
				FormattedText.markdown(">10 minutes later, follow up"), FormattedText.plain("Close *the* ticket"));
		assertThat(q.generalFeedback()).isEqualTo(FormattedText.markdown("Order matters."));
	}

	@Test
	void a_greater_than_sign_inside_an_item_is_text() {
		Ordering q = (Ordering) readOne("Order.{\n>reach > 1000\n>reach -> 10000\n}");
		assertThat(q.items()).extracting(FormattedText::source).containsExactly("reach > 1000", "reach -> 10000");
	}

	@Test
	void comment_lines_inside_a_question_are_ignored_and_may_carry_its_id() {
		Question q = readOne("""
				::Q::Pick one.{
				// [id:late-id] [tag:a\\]b]
				=right
				// a note for authors
				~wrong
				}
				""");
		assertThat(q.idNumber()).isEqualTo("late-id");
		assertThat(q.tags()).containsExactly("a]b");
		assertThat(((SingleChoice) q).choices()).hasSize(2);
	}

	@Test
	void only_the_first_id_counts_and_an_id_over_two_lines_is_none() {
		assertThat(readOne("// [id:first] [id:second]\nQ{}").idNumber()).isEqualTo("first");
		assertThat(readOne("// [id:\n// split]\nQ{}").idNumber()).isNull();
		assertThat(readOne("//   [id:  spaced  ]\nQ{}").idNumber()).isEqualTo("spaced");
	}

	@Test
	void windows_line_endings_and_a_byte_order_mark_are_read_and_lines_counted() {
		List<Question> questions = read("\uFEFF// [id:a]\r\n::A::One{T}\r\n\r\n\r\n::B::Two{F}\r\n");
		assertThat(questions).extracting(Question::line).containsExactly(2, 5);
		assertThat(questions.get(1).text().source()).isEqualTo("Two");
	}

	@Test
	void the_line_of_a_question_is_its_first_line_that_is_not_a_comment() {
		List<Question> questions = read("\n\n// [id:x]\n// more\n  ::X:: Text\n{T}\n\n::Y::Y{F}");
		assertThat(questions).extracting(Question::line).containsExactly(5, 8);
	}

	@Test
	void a_new_line_escape_and_an_escaped_colon_are_text() {
		Question q = readOne("::Time\\: 10\\:30::First line\\nsecond line{}");
		assertThat(q.name()).isEqualTo("Time: 10:30");
		assertThat(q.text().source()).isEqualTo("First line\nsecond line");
	}

	@Test
	void an_unknown_format_name_stays_in_the_text() {
		Question q = readOne("[note]Text{}");
		assertThat(q.text()).isEqualTo(FormattedText.moodle("[note]Text"));
	}

	@Test
	void html_answers_default_to_the_question_format() {
		SingleChoice q = (SingleChoice) readOne("[html]<p>Pick</p>{=<b>yes</b> ~no#<i>no</i>}");
		assertThat(q.choices().get(0).text()).isEqualTo(FormattedText.html("<b>yes</b>"));
		assertThat(q.choices().get(1).feedback()).isEqualTo(FormattedText.html("<i>no</i>"));
	}

	@Test
	void untitled_questions_are_named_after_their_plain_text() {
		Question q = readOne("[html]<p>A <b>long</b> question " + "x".repeat(100) + "</p>{}");
		assertThat(q.name()).startsWith("A long question xxx").endsWith("...").hasSize(80);
	}

	@Test
	void weights_are_moodle_grades() {
		MultipleChoice q = (MultipleChoice) readOne("Q{~%33.333%a ~%33.33333%b ~%33.3333%c ~%-100%d}");
		assertThat(q.choices()).extracting(Choice::fraction).containsExactly(0.3333333, 0.3333333, 0.3333333, -1.0);
	}

	@Test
	void numeric_answers_accept_signs_exponents_and_negative_ranges() {
		Numeric q = (Numeric) readOne("Q{#=-5..-1 =%50%+2.5e1:0.5 =.5}");
		assertThat(q.answers()).containsExactly(new NumericAnswer(new BigDecimal("-3"), new BigDecimal("2"), 1),
				new NumericAnswer(new BigDecimal("25"), new BigDecimal("0.5"), 0.5),
				new NumericAnswer(new BigDecimal("0.5"), BigDecimal.ZERO, 1));
	}

	@Test
	void a_category_line_resolves_escapes_and_can_change_several_times() {
		List<Question> questions = read("$CATEGORY: a\\:b\n\nQ1{T}\n\n$CATEGORY:   c/d  \n\nQ2{T}");
		assertThat(questions).extracting(Question::category).containsExactly("a:b", "c/d");
	}

	@Test
	void a_question_without_braces_is_a_description_and_an_empty_block_is_an_essay() {
		assertThat(readOne("::Intro::Read this first.")).isInstanceOf(Description.class);
		Essay essay = (Essay) readOne("Tell us.{####We read every answer.}");
		assertThat(essay.generalFeedback().source()).isEqualTo("We read every answer.");
	}

	@Test
	void matching_answers_may_be_shared_by_several_items() {
		Matching q = (Matching) readOne("Q{=a -> 1 =b -> 1 =c -> 2 = -> 3}");
		assertThat(q.options()).containsExactly("1", "2", "3");
		assertThat(q.correctOption(0)).isZero();
		assertThat(q.correctOption(1)).isZero();
		assertThat(q.correctOption(2)).isEqualTo(1);
	}

	@Test
	void several_answers_that_are_all_right_keep_a_single_choice() {
		SingleChoice q = (SingleChoice) readOne("Q{=a =b ~c}");
		assertThat(q.choices()).extracting(Choice::fraction).containsExactly(1.0, 1.0, 0.0);
	}

}
