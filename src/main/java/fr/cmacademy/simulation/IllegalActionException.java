package fr.cmacademy.simulation;

/**
 * An action that does not fit the run's state (no such option, decision not active, run
 * finished…). A UI that offers only what the state allows never causes one.
 */
public final class IllegalActionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public IllegalActionException(String message) {
		super(message);
	}

}
