package fr.cmacademy.assignment;

import java.time.Instant;

/** What happened to a draft the learner changed. */
public sealed interface DraftResult {

	/** Stored; the page now holds {@code revision}. */
	record Saved(int revision, Instant at) implements DraftResult {
	}

	/**
	 * Not stored: another tab saved newer text first; it is returned so nothing is lost
	 * and the learner decides.
	 */
	record Conflict(String current, int revision) implements DraftResult {
	}

	/** Not stored: the assignment was already submitted. */
	record Closed() implements DraftResult {
	}

}
