package fr.cmacademy.assignment;

/**
 * The answer cannot be submitted as it is; {@code messageKey} says why, for the learner
 * (too short, too long, changed elsewhere).
 */
public class SubmissionException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public SubmissionException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
