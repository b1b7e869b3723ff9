package fr.cmacademy.quiz.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.content.ContentSet;
import fr.cmacademy.content.ContentValidator;
import fr.cmacademy.question.BankPairing;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.CorrectAnswer;
import fr.cmacademy.question.GiftParser;
import fr.cmacademy.question.Response;
import fr.cmacademy.question.Shuffle;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question of every shipped bank renders as an answer field in both languages,
 * shows its correct answer, and shows it read-only in a review.
 */
class QuestionInputTest extends ViewTestBase {

	@Test
	void every_shipped_question_renders_in_both_languages() {
		signInAs(Locale.FRENCH, Roles.LEARNER);
		ContentSet content = ContentValidator.validate(Path.of("content")).content();
		List<ContentSet.BankQuestion> bank = content.modules().flatMap(m -> m.questions().stream()).toList();
		assertThat(bank).hasSizeGreaterThan(100);
		Div owner = new Div();
		UI.getCurrent().add(owner);
		for (ContentSet.BankQuestion stored : bank) {
			BilingualQuestion question = BankPairing
				.pair(GiftParser.parse(stored.giftFr()).questions(), GiftParser.parse(stored.giftEn()).questions())
				.questions()
				.get(0);
			for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
				var q = question.in(locale);
				List<Integer> order = q instanceof fr.cmacademy.question.Ordering ordering
						? Shuffle.initialOrder(ordering, 7) : Shuffle.choiceOrder(q, 7, true);
				QuestionInput input = QuestionInput.of(owner, q, order, stored.id(), response -> {
				});
				owner.add(input.component());
				Response correct = CorrectAnswer.of(q);
				input.show(correct);
				if (correct != null) {
					assertThat(ResponseText.of(owner, q, correct)).as(stored.id()).isNotNull();
				}
			}
		}
	}

}
