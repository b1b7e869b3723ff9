package fr.cmacademy.scenario;

/** What happened to a learner's action. */
public sealed interface ActResult {

	/** Applied and logged; the run as it is now. */
	record Applied(RunView view) implements ActResult {
	}

	/**
	 * Not applied: another tab acted first. The run as it is now, for the page to show.
	 */
	record Stale(RunView view) implements ActResult {
	}

	/** Not applied: the engine does not allow it in this state (with why). */
	record Rejected(RunView view, String reason) implements ActResult {
	}

}
