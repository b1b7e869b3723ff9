package fr.cmacademy.gradebook;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.cmacademy.assignment.AssignmentResults.AssignmentResult;
import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.gradebook.Cell.Status;
import fr.cmacademy.quiz.QuizResults.QuizResult;
import fr.cmacademy.scenario.RunSummary;
import fr.cmacademy.scenario.ScenarioResults.ScenarioResult;
import fr.cmacademy.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Late and missed work appear only where a deadline exists: a quiz's close date, or the
 * deadline of the cohort the gradebook is narrowed to.
 */
class GradebookCellsTest {

	static final Instant CLOSES = Instant.parse("2026-12-01T18:00:00Z");

	static final Activity CLOSED_QUIZ = new Activity("q", "m", "QUIZ", new Text("Q", "Q"), Grading.HIGHEST, 70, CLOSES);

	static final Activity OPEN_QUIZ = new Activity("q", "m", "QUIZ", new Text("Q", "Q"), Grading.HIGHEST, 70, null);

	@Test
	void a_closed_quiz_never_attempted_is_missed_but_not_before_it_closes() {
		assertThat(GradebookService.quizCell(CLOSED_QUIZ, null, CLOSES.plusSeconds(1)).status())
			.isEqualTo(Status.MISSED);
		assertThat(GradebookService.quizCell(CLOSED_QUIZ, null, CLOSES.minusSeconds(1)).status())
			.isEqualTo(Status.NOT_STARTED);
		assertThat(GradebookService.quizCell(OPEN_QUIZ, null, CLOSES.plusSeconds(99_999)).status())
			.isEqualTo(Status.NOT_STARTED);
	}

	@Test
	void a_grade_is_passed_against_the_quizs_pass_mark_and_never_late_when_handed_in_before_the_close() {
		QuizResult result = new QuizResult(70.0, 1, false, false, CLOSES.minusSeconds(60));
		assertThat(GradebookService.quizCell(CLOSED_QUIZ, result, CLOSES.plusSeconds(1)))
			.isEqualTo(new Cell(Status.GRADED, 70.0, true, false));
		QuizResult after = new QuizResult(69.0, 1, false, false, CLOSES.plusSeconds(60));
		assertThat(GradebookService.quizCell(CLOSED_QUIZ, after, CLOSES.plusSeconds(120)))
			.isEqualTo(new Cell(Status.GRADED, 69.0, false, true));
	}

	@Test
	void without_a_deadline_assignments_and_scenarios_are_never_late_nor_missed() {
		Activity assignment = new Activity("a", "m", "ASSIGNMENT", new Text("A", "A"), null, null, null);
		AssignmentResult submitted = new AssignmentResult(1, "a", true, CLOSES, CLOSES.plusSeconds(60), null, null,
				null, null, null, null);
		Instant later = CLOSES.plusSeconds(99_999);
		assertThat(GradebookService.assignmentCell(assignment, submitted, later))
			.isEqualTo(new Cell(Status.AWAITING_GRADE, null, null, false));
		assertThat(GradebookService.assignmentCell(assignment, null, later)).isEqualTo(Cell.NOT_STARTED);
		Activity scenario = new Activity("s", "m", "SCENARIO", new Text("S", "S"), null, null, null);
		assertThat(GradebookService.scenarioCell(scenario, null, later)).isEqualTo(Cell.NOT_STARTED);
		assertThat(GradebookService.scenarioCell(scenario, finished(CLOSES.plusSeconds(60)), later))
			.isEqualTo(new Cell(Status.GRADED, 80.0, true, false));
	}

	@Test
	void a_cohort_deadline_makes_assignments_and_scenarios_late_or_missed() {
		Activity assignment = GradebookService
			.due(new Activity("a", "m", "ASSIGNMENT", new Text("A", "A"), null, null, null), CLOSES);
		AssignmentResult onTime = new AssignmentResult(1, "a", true, CLOSES, CLOSES.minusSeconds(60), 10.0, 20.0, 50.0,
				true, CLOSES, null);
		AssignmentResult late = new AssignmentResult(1, "a", true, CLOSES, CLOSES.plusSeconds(60), null, null, null,
				null, null, null);
		Instant after = CLOSES.plusSeconds(3600);
		assertThat(GradebookService.assignmentCell(assignment, onTime, after))
			.isEqualTo(new Cell(Status.GRADED, 50.0, true, false));
		assertThat(GradebookService.assignmentCell(assignment, late, after))
			.isEqualTo(new Cell(Status.AWAITING_GRADE, null, null, true));
		assertThat(GradebookService.assignmentCell(assignment, null, after).status()).isEqualTo(Status.MISSED);
		assertThat(GradebookService.assignmentCell(assignment, null, CLOSES.minusSeconds(1)).status())
			.isEqualTo(Status.NOT_STARTED);

		Activity scenario = GradebookService
			.due(new Activity("s", "m", "SCENARIO", new Text("S", "S"), null, null, null), CLOSES);
		assertThat(GradebookService.scenarioCell(scenario, null, after).status()).isEqualTo(Status.MISSED);
		assertThat(GradebookService.scenarioCell(scenario, finished(CLOSES.plusSeconds(60)), after))
			.isEqualTo(new Cell(Status.GRADED, 80.0, true, true));
		assertThat(GradebookService.scenarioCell(scenario, finished(CLOSES.minusSeconds(60)), after))
			.isEqualTo(new Cell(Status.GRADED, 80.0, true, false));
	}

	@Test
	void a_quiz_closing_before_the_cohort_deadline_keeps_its_own_close_date() {
		assertThat(GradebookService.due(CLOSED_QUIZ, CLOSES.plusSeconds(86_400)).deadline()).isEqualTo(CLOSES);
		assertThat(GradebookService.due(CLOSED_QUIZ, CLOSES.minusSeconds(86_400)).deadline())
			.isEqualTo(CLOSES.minusSeconds(86_400));
		assertThat(GradebookService.due(OPEN_QUIZ, CLOSES).deadline()).isEqualTo(CLOSES);
		assertThat(GradebookService.due(OPEN_QUIZ, null).deadline()).isNull();
	}

	private static ScenarioResult finished(Instant at) {
		RunSummary run = new RunSummary(1, 1, "s", 1, 1, true, at.minusSeconds(600), at, 80, 100, 80, true, false);
		return new ScenarioResult(run, 1, false);
	}

}
