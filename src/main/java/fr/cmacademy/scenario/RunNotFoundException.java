package fr.cmacademy.scenario;

/**
 * No such run for the signed-in user: someone else's run gets the same answer as one that
 * does not exist.
 */
public class RunNotFoundException extends RuntimeException {

	public RunNotFoundException(long runId) {
		super("No run " + runId);
	}

}
