package fr.cmacademy.quiz;

/**
 * No such attempt for the signed-in learner. Someone else's attempt gets the same answer
 * as one that does not exist, so ids cannot be probed.
 */
public class AttemptNotFoundException extends RuntimeException {

	public AttemptNotFoundException(long attemptId) {
		super("No attempt " + attemptId);
	}

}
