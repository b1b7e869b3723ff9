package fr.cmacademy.simulation.checks;

import java.util.List;

import fr.cmacademy.shared.Text;

/**
 * The result of one check on a learner's text.
 *
 * @param checkId {@code length}, {@code tone}, {@code require.<cue>},
 * {@code forbid.<fault>}, {@code phrases.require}, {@code phrases.forbid}, or
 * {@code writing.<constraint>}
 * @param findings what was found and where (cues found, faults found)
 * @param message what was found, where, and how to fix it, in both languages
 */
public record CheckResult(String checkId, boolean passed, List<Finding> findings, Text message) {

	public static boolean allPassed(List<CheckResult> results) {
		return results.stream().allMatch(CheckResult::passed);
	}

}
