package fr.cmacademy.shared;

/**
 * The principal of a signed-in user as features without a dependency on the account
 * feature see it (the audit log records who acted). Implemented by the account feature's
 * principal.
 */
public interface SignedInUser {

	/** The user's database id. */
	long id();

}
