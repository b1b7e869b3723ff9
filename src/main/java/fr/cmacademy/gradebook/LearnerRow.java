package fr.cmacademy.gradebook;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One learner's line of the gradebook.
 *
 * @param cells per activity id; an activity without entry is not started
 * @param modulePercent completion per module id, 0–100, under each module's rule
 * @param completionPercent required items done over required items in the shown modules,
 * 0–100
 * @param secondsSpent time spent on the shown modules' items
 */
public record LearnerRow(long userId, String name, @Nullable String email, Map<String, Cell> cells,
		Map<String, Integer> modulePercent, int completionPercent, long secondsSpent) {

	public Cell cell(String activityId) {
		return cells.getOrDefault(activityId, Cell.NOT_STARTED);
	}

	public int modulePercent(String moduleId) {
		return modulePercent.getOrDefault(moduleId, 0);
	}

}
