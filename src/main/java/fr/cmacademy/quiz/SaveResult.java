package fr.cmacademy.quiz;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.question.Response;

/**
 * What happened to an answer the learner changed.
 */
public sealed interface SaveResult {

	/** Stored; the page now holds {@code revision}. */
	record Saved(int revision, Instant at) implements SaveResult {
	}

	/**
	 * Not stored: another tab or window saved a newer answer first. The newer one is
	 * returned so the page can show it, and the learner decides.
	 */
	record Conflict(@Nullable Response current, int revision) implements SaveResult {
	}

	/** Not stored: the attempt is submitted or its time is over. */
	record Closed() implements SaveResult {
	}

}
