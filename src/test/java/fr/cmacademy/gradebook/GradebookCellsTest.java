package fr.cmacademy.gradebook;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.cmacademy.assignment.AssignmentResults.AssignmentResult;
import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.gradebook.Cell.Status;
import fr.cmacademy.quiz.QuizResults.QuizResult;
import fr.cmacademy.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;

/** Late and missed work appear only where a deadline exists. */
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
	void assignments_have_no_deadline_yet_so_they_are_never_late() {
		Activity assignment = new Activity("a", "m", "ASSIGNMENT", new Text("A", "A"), null, null, null);
		AssignmentResult submitted = new AssignmentResult(1, "a", true, CLOSES, CLOSES, null, null, null, null, null,
				null);
		assertThat(GradebookService.assignmentCell(assignment, submitted))
			.isEqualTo(new Cell(Status.AWAITING_GRADE, null, null, false));
	}

}
