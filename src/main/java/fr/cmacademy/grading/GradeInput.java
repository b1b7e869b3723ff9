package fr.cmacademy.grading;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a trainer enters: points and a comment per rubric criterion, and an overall
 * comment.
 */
public record GradeInput(Map<String, CriterionInput> criteria, String comment) {

	public GradeInput {
		criteria = Map.copyOf(criteria);
	}

	/** Points (null when not decided yet) and comment for one criterion. */
	public record CriterionInput(@Nullable Double points, String comment) {
	}

}
