package fr.cmacademy.grading.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmacademy.assignment.AssignmentGrading;
import fr.cmacademy.grading.GradingWork.CriterionGrade;
import fr.cmacademy.grading.internal.WorkRepository.WorkRow;
import fr.cmacademy.quiz.EssayGrading;
import fr.cmacademy.scenario.ScenarioReviews;
import fr.cmacademy.simulation.Debrief;

/**
 * Hands a released grade to the feature that owns the work, which scores it (an
 * assignment's pass, an attempt's total, a run's score) and updates progress.
 */
@Component
public class GradeApplier {

	private final AssignmentGrading assignments;

	private final EssayGrading essays;

	private final ScenarioReviews reviews;

	GradeApplier(AssignmentGrading assignments, EssayGrading essays, ScenarioReviews reviews) {
		this.assignments = assignments;
		this.essays = essays;
		this.reviews = reviews;
	}

	/**
	 * @return whether the work passed on its own; null for an essay, which counts within
	 * its attempt
	 */
	public @Nullable Boolean apply(WorkRow row, Map<String, CriterionGrade> criteria, double total) {
		return switch (row.kind()) {
			case ASSIGNMENT -> assignments.release(row.sourceId(), total).passed();
			case ESSAY -> {
				essays.release(row.sourceId(), row.slot(), total);
				yield null;
			}
			case SCENARIO -> {
				Map<String, Integer> points = new LinkedHashMap<>();
				criteria.forEach((key, grade) -> points.put(key, (int) Math.round(grade.points())));
				yield reviews.release(row.sourceId(), points).verdict() == Debrief.Verdict.PASSED;
			}
		};
	}

}
