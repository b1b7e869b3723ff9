package fr.cmacademy.privacy;

/** Where a deletion request stands. */
public enum RequestState {

	/** Waiting for an admin; the user may still withdraw it. */
	PENDING,
	/** Withdrawn by the user. */
	CANCELLED,
	/** Processed: the user's personal data was erased. */
	ERASED,
	/** Refused by an admin, with a reason. */
	REJECTED

}
