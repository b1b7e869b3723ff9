package fr.cmacademy.shared.privacy;

import java.util.Set;

/**
 * What one feature stores about a user: exported on request, anonymised on erasure. Every
 * feature with a table holding a user id implements it in its {@code internal} package (a
 * test checks that every such table is claimed by one implementation).
 */
public interface PersonalData {

	/**
	 * The part's name in the export ({@code data.json}'s {@code areas}), e.g.
	 * {@code quiz}.
	 */
	String area();

	/**
	 * The tables this feature owns that hold something about a user; the privacy test
	 * fails on a table with a user column that no implementation names.
	 */
	Set<String> tables();

	/**
	 * Writes everything this feature stores about the user. Runs inside one read-only
	 * transaction with the other areas; stream rows, never load them all.
	 */
	void export(long userId, ExportWriter out);

	/**
	 * Anonymises the user's data in this feature, inside the erasure's single
	 * transaction: free text the user wrote (and text that names them) is erased, figures
	 * that aggregate statistics need (scores, counts, completion, dates) stay. Must be
	 * idempotent: running it again changes nothing.
	 */
	void erase(long userId, ErasureContext context);

}
