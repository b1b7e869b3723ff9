package fr.cmacademy.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.assignment.AssignmentGrading.SubmittedWork;
import fr.cmacademy.quiz.EssayGrading.EssayWork;
import fr.cmacademy.scenario.ScenarioReviews.ReviewWork;

/**
 * A piece of work as the grading page shows it: the learner's work, the rubric, the grade
 * so far and its history.
 *
 * @param passMark the percentage needed to pass, when the work passes on its own
 */
public record GradingWork(QueueEntry entry, Work work, List<RubricCriterion> rubric, Grade grade,
		List<AuditEntry> audit, @Nullable Integer passMark) {

	/** The learner's work, as its feature provides it. */
	public sealed interface Work permits Assignment, Essay, Scenario {

	}

	public record Assignment(SubmittedWork submission) implements Work {
	}

	public record Essay(EssayWork essay) implements Work {
	}

	public record Scenario(ReviewWork review) implements Work {
	}

	/**
	 * The grade as stored.
	 *
	 * @param points the total, null until every criterion with points is graded
	 * @param revision what a save must quote, so two graders never overwrite each other
	 */
	public record Grade(GradeState state, Map<String, CriterionGrade> criteria, String comment, @Nullable Double points,
			int revision, @Nullable String graderName, @Nullable Instant gradedAt, @Nullable Instant releasedAt) {
	}

	public record CriterionGrade(@Nullable Double points, String comment) {
	}

	/** One change of the grade. */
	public record AuditEntry(Instant at, String actorName, String action, GradeState oldState, GradeState newState,
			@Nullable Double oldPoints, @Nullable Double newPoints, @Nullable String reason) {
	}

}
