package fr.cmacademy.cohort.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.cohort.ScopeFixture;
import fr.cmacademy.cohort.ScopeFixture.LearnerWork;
import fr.cmacademy.gradebook.GradebookFixture;
import fr.cmacademy.gradebook.LearnerRow;
import fr.cmacademy.gradebook.ui.GradebookView;
import fr.cmacademy.gradebook.ui.LearnerRecordView;
import fr.cmacademy.grading.QueueEntry;
import fr.cmacademy.grading.ui.FeedbackView;
import fr.cmacademy.grading.ui.GradingQueueView;
import fr.cmacademy.grading.ui.GradingView;
import fr.cmacademy.scenario.ui.DebriefView;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainer scope by URL: every page of a learner of another cohort (their work to grade,
 * their record, their feedback, their run's debrief, the other cohort's queue and
 * gradebook) is the 404 page until the trainer trains that cohort too.
 */
class TrainerScopeViewsTest extends ViewTestBase {

	private static final String NOT_AVAILABLE = "This page does not exist or is not available to you";

	@Autowired
	ScopeFixture scopeFixture;

	@Autowired
	GradebookFixture gradebookFixture;

	@Test
	void every_page_of_a_learner_of_another_cohort_is_not_found_until_the_trainer_trains_it() {
		String token = GradebookFixture.token();
		LearnerWork bea = scopeFixture.learnerWithWork("bea" + token);
		TestUser ana = gradebookFixture.learner("Ana " + token);
		TestUser trainer = signInAs(Locale.ENGLISH, Roles.TRAINER);
		TestUser other = users.create("other-trainer", Locale.ENGLISH, Roles.TRAINER);
		long mine = users.cohort(trainer, ana);
		long theirs = users.cohort(other, bea.learner());

		List<String> pages = List.of("grading/" + bea.assignmentWork(), "grading/" + bea.essayWork(),
				"grading/" + bea.runWork(), "learners/" + bea.learner().id(),
				"feedback/assignment/" + bea.submission() + "/0", "runs/" + bea.run() + "/debrief",
				"gradebook?cohort=" + theirs, "grading?cohort=" + theirs, "grading?cohort=abc");
		for (String page : pages) {
			navigateTo(page);
			assertThat(getCurrentView().getElement().getTextRecursively()).as(page).contains(NOT_AVAILABLE);
			assertThat(getCurrentView().getElement().getTextRecursively()).as(page)
				.doesNotContain(bea.learner().displayName());
		}

		// The trainer's own learner has handed nothing in: an empty queue, whatever
		// others did.
		navigateTo("grading?state=all");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("No work for these filters");

		navigateTo("gradebook?cohort=" + mine);
		assertThat(getCurrentView()).isInstanceOf(GradebookView.class);
		@SuppressWarnings("unchecked")
		Grid<LearnerRow> grid = find(Grid.class).single();
		assertThat(test(grid).size()).isEqualTo(1);
		assertThat(test(grid).getRow(0).userId()).isEqualTo(ana.id());

		users.join(theirs, trainer, "TRAINER");
		navigateTo("grading/" + bea.essayWork());
		assertThat(getCurrentView()).isInstanceOf(GradingView.class);
		navigateTo("learners/" + bea.learner().id());
		assertThat(getCurrentView()).isInstanceOf(LearnerRecordView.class);
		navigateTo("feedback/assignment/" + bea.submission() + "/0");
		assertThat(getCurrentView()).isInstanceOf(FeedbackView.class);
		navigateTo("runs/" + bea.run() + "/debrief");
		assertThat(getCurrentView()).isInstanceOf(DebriefView.class);
		navigateTo("grading?cohort=" + theirs);
		assertThat(getCurrentView()).isInstanceOf(GradingQueueView.class);
		@SuppressWarnings("unchecked")
		Grid<QueueEntry> theirQueue = find(Grid.class).single();
		assertThat(test(theirQueue).size()).as("the essay and the run; the assignment is graded").isEqualTo(2);
		assertThat(test(theirQueue).getRow(0).learnerId()).isEqualTo(bea.learner().id());

		users.leave(theirs, trainer, "TRAINER");
		navigateTo("learners/" + bea.learner().id());
		assertThat(getCurrentView().getElement().getTextRecursively()).contains(NOT_AVAILABLE);
	}

	@Test
	void a_trainer_without_a_cohort_is_told_why_the_queue_and_gradebook_are_empty() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		navigateTo("grading");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("You do not train a cohort yet");
		navigateTo("gradebook");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("You do not train a cohort yet");
	}

	private void navigateTo(String location) {
		int query = location.indexOf('?');
		if (query < 0) {
			UI.getCurrent().navigate(location);
		}
		else {
			UI.getCurrent()
				.navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
		}
	}

}
