package fr.cmacademy.shared.privacy;

import java.time.Instant;

/**
 * What an erasure tells each feature: when it happens, the anonymous name that replaces
 * the user's, and a tally of what was changed (for the admin's report and the audit log,
 * counts only).
 */
public interface ErasureContext {

	/** The text that replaces erased free text where a value is required. */
	String ERASED_TEXT = "[erased]";

	/** When the erasure happens (stamps such as the end of a cohort membership). */
	Instant now();

	/**
	 * The user name the account takes, {@code deleted-<id>}: also what replaces the user
	 * name where another table copied it.
	 */
	String anonymousUsername();

	/**
	 * The display name the account takes ("Deleted user"), also what replaces copies of
	 * the name elsewhere.
	 */
	String anonymousDisplayName();

	/**
	 * The display name, user name and e-mail (empty if none) before the erasure, to find
	 * copies of them (an import report's rows, a name typed into another table).
	 */
	String formerDisplayName();

	String formerUsername();

	String formerEmail();

	/**
	 * Adds {@code rows} changed rows to the tally of {@code what} (e.g.
	 * {@code quiz.answers}).
	 */
	void count(String what, int rows);

}
