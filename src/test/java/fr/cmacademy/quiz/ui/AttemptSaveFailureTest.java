package fr.cmacademy.quiz.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.question.ChoiceResponse;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database refuses a save (here a real MariaDB error, raised by a trigger on
 * this attempt's rows only), the learner's answer is not lost: it stays on the page, the
 * page says it is not saved, polling sends it again, and once the database accepts writes
 * it is stored. The fault test against a killed MariaDB ({@code DatabaseRestartFaultIT})
 * does the same with the real outage.
 */
class AttemptSaveFailureTest extends ViewTestBase {

	private static final String QUIZ = "cm-profession-quiz";

	@Autowired
	ProgressService progress;

	@Autowired
	QuizService quizzes;

	@Autowired
	AttemptService attempts;

	@Autowired
	JdbcClient jdbc;

	private String trigger;

	@AfterEach
	void dropTrigger() {
		if (trigger != null) {
			jdbc.sql("DROP TRIGGER IF EXISTS " + trigger).update();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void an_answer_the_database_refused_stays_on_the_page_and_is_saved_when_the_database_is_back() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		progress.enrol("cm-certification");
		long attemptId = quizzes.start(QUIZ);
		UI.getCurrent().navigate("attempts/" + attemptId);
		failWrites(attemptId);

		RadioButtonGroup<Integer> choices = find(RadioButtonGroup.class).first();
		Integer picked = choices.getListDataView().getItem(1);
		test(choices).selectItem(String.valueOf(picked));

		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("Not saved yet").doesNotContain("Saved at");
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(AttemptView.RETRY_MS);
		assertThat(attempts.sheet(attemptId).slots().get(0).response()).isNull();

		// Moving away and back keeps the unsaved answer on screen.
		test(find(Button.class).withText("Next").single()).click();
		test(find(Button.class).withText("Previous").single()).click();
		choices = find(RadioButtonGroup.class).first();
		assertThat(choices.getValue()).isEqualTo(picked);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Not saved yet");

		// Still failing: a poll retries and keeps the answer.
		ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Not saved yet");

		jdbc.sql("DROP TRIGGER " + trigger).update();
		ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

		var slot = attempts.sheet(attemptId).slots().get(0);
		assertThat(slot.response()).isEqualTo(new ChoiceResponse(Set.of(picked)));
		assertThat(slot.revision()).isEqualTo(1);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Saved at")
			.doesNotContain("Not saved yet");
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void an_attempt_with_an_unsaved_answer_is_not_submitted() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		progress.enrol("cm-certification");
		long attemptId = quizzes.start(QUIZ);
		UI.getCurrent().navigate("attempts/" + attemptId);
		failWrites(attemptId);
		RadioButtonGroup<Integer> choices = find(RadioButtonGroup.class).first();
		test(choices).selectItem(String.valueOf(choices.getListDataView().getItem(0)));

		test(find(Button.class).withText("Finish attempt…").first()).click();
		test(find(Button.class).withText("Submit all and finish").single()).click();
		test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();

		assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
		assertThat(attempts.sheet(attemptId).attempt().submitted()).isFalse();
	}

	/** Every write to this attempt's answers fails with a MariaDB error until dropped. */
	private void failWrites(long attemptId) {
		trigger = "test_fail_attempt_" + attemptId;
		jdbc.sql("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON quiz_attempt_slot FOR EACH ROW IF NEW.attempt_id = "
				+ attemptId + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'database unavailable (test)'; END IF")
			.update();
	}

}
