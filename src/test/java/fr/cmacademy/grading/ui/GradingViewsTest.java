package fr.cmacademy.grading.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.assignment.AssignmentService;
import fr.cmacademy.grading.GradeInput;
import fr.cmacademy.grading.GradingService;
import fr.cmacademy.grading.QueueEntry;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grading pages on the real services and security: the queue lists the submitted
 * work, the grading page names the criterion left without points, and learners reach
 * neither the queue nor someone else's feedback.
 */
class GradingViewsTest extends ViewTestBase {

	private static final String ASSIGNMENT = "cm-writing-assignment";

	private static final String NOT_AVAILABLE = "This page does not exist or is not available to you";

	@Autowired
	ProgressService progress;

	@Autowired
	AssignmentService assignments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GradingService grading;

	@Test
	@SuppressWarnings("unchecked")
	void the_queue_lists_submitted_work_and_releasing_without_points_names_the_criterion() {
		TestUser learner = signInAs(Locale.FRENCH, Roles.LEARNER);
		long submission = submit();
		users.cohort(signInAs(Locale.FRENCH, Roles.TRAINER), learner);
		UI.getCurrent().navigate("grading", com.vaadin.flow.router.QueryParameters.of("q", learner.username()));
		Grid<QueueEntry> grid = find(Grid.class).single();
		assertThat(test(grid).size()).isEqualTo(1);
		assertThat(test(grid).getRow(0).learnerName()).isEqualTo(learner.displayName());

		UI.getCurrent().navigate("grading/" + work(submission));
		assertThat(getCurrentView()).isInstanceOf(GradingView.class);
		assertThat(find(NumberField.class).all()).hasSize(5);
		test(find(Button.class).withText("Publier la note").single()).click();
		NumberField first = find(NumberField.class).first();
		assertThat(first.isInvalid()).isTrue();
		assertThat(first.getErrorMessage()).isEqualTo("Donnez des points à ce critère avant de publier.");
	}

	@Test
	void learners_are_refused_the_queue_the_grading_page_and_another_learners_feedback() {
		TestUser author = signInAs(Locale.ENGLISH, Roles.LEARNER);
		long submission = submit();
		long work = work(submission);
		UI.getCurrent().navigate("grading");
		assertThat(getCurrentView()).isNotInstanceOf(GradingQueueView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains(NOT_AVAILABLE);
		UI.getCurrent().navigate("grading/" + work);
		assertThat(getCurrentView()).isNotInstanceOf(GradingView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains(NOT_AVAILABLE);
		users.cohort(signInAs(Locale.ENGLISH, Roles.TRAINER), author);
		java.util.Map<String, GradeInput.CriterionInput> top = new java.util.LinkedHashMap<>();
		java.util.Map.of("pillars", 4.0, "calendar", 6.0, "platform-fit", 4.0, "written-posts", 6.0, "workflow", 4.0)
			.forEach((key, points) -> top.put(key, new GradeInput.CriterionInput(points, "")));
		grading.release(work, new GradeInput(top, ""), 0);
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("feedback/assignment/" + submission + "/0");
		assertThat(getCurrentView()).isNotInstanceOf(FeedbackView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains(NOT_AVAILABLE);
	}

	private long submit() {
		progress.enrol("cm-certification");
		assignments.open(ASSIGNMENT);
		assignments.save(ASSIGNMENT, "Publication prévue pour la brûlerie. ".repeat(160), 0);
		return assignments.submit(ASSIGNMENT, 1).id();
	}

	private long work(long submission) {
		return jdbc.sql("SELECT id FROM grading_work WHERE kind = 'ASSIGNMENT' AND source_id = :s")
			.param("s", submission)
			.query(Long.class)
			.single();
	}

}
