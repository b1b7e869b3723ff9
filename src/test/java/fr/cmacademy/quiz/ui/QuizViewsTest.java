package fr.cmacademy.quiz.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.learning.ui.ModuleView;
import fr.cmacademy.question.ChoiceResponse;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz screens on the real services: the quiz page, starting, the autosave wiring of
 * an answer, and the review.
 */
class QuizViewsTest extends ViewTestBase {

	private static final String QUIZ = "cm-profession-quiz";

	@Autowired
	ProgressService progress;

	@Autowired
	QuizService quizzes;

	@Autowired
	AttemptService attempts;

	@Test
	void the_quiz_page_states_the_rules_and_starting_opens_the_first_question() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		progress.enrol("cm-certification");
		UI.getCurrent().navigate("quizzes/" + QUIZ);
		QuizView view = (QuizView) getCurrentView();
		assertThat(view.getPageTitle()).isEqualTo("Quiz — The community manager profession");
		assertThat(view.getElement().getTextRecursively()).contains("20 minutes", "3 left out of 3", "70 %",
				"Best attempt");
		test(find(Button.class).withText("Start the quiz").single()).click();
		assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
		assertThat(((AttemptView) getCurrentView()).getPageTitle())
			.isEqualTo("Quiz — The community manager profession");
	}

	@Test
	@SuppressWarnings("unchecked")
	void choosing_an_answer_saves_it_at_once() {
		signInAs(Locale.FRENCH, Roles.LEARNER);
		progress.enrol("cm-certification");
		long attemptId = quizzes.start(QUIZ);
		UI.getCurrent().navigate("attempts/" + attemptId);
		RadioButtonGroup<Integer> choices = find(RadioButtonGroup.class).first();
		Integer picked = choices.getListDataView().getItem(1);
		test(choices).selectItem(String.valueOf(picked));
		var slot = attempts.sheet(attemptId).slots().get(0);
		assertThat(slot.response()).isEqualTo(new ChoiceResponse(Set.of(picked)));
		assertThat(slot.revision()).isEqualTo(1);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Enregistré à");
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_question_shown_again_still_says_its_answer_is_saved() {
		signInAs(Locale.FRENCH, Roles.LEARNER);
		progress.enrol("cm-certification");
		long attemptId = quizzes.start(QUIZ);
		UI.getCurrent().navigate("attempts/" + attemptId);
		RadioButtonGroup<Integer> choices = find(RadioButtonGroup.class).first();
		test(choices).selectItem(String.valueOf(choices.getListDataView().getItem(0)));
		test(find(Button.class).withText("Suivante").single()).click();
		test(find(Button.class).withText("Précédente").single()).click();
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Enregistré à")
			.doesNotContain("Pas encore de réponse");
	}

	@Test
	void a_submitted_attempt_opens_on_its_review() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		progress.enrol("cm-certification");
		long attemptId = quizzes.start(QUIZ);
		attempts.submit(attemptId);
		UI.getCurrent().navigate("attempts/" + attemptId);
		assertThat(getCurrentView()).isInstanceOf(ReviewView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Score: 0 out of 12 points",
				"Not answered");
	}

	@Test
	void a_learner_not_enrolled_is_sent_to_the_module_page() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("quizzes/" + QUIZ);
		assertThat(getCurrentView()).isInstanceOf(ModuleView.class);
	}

}
