package fr.cmacademy.userimport;

/**
 * An upload that is not a CSV file this import can read. {@link #messageKey()} says why;
 * {@link #argument()} completes it (the size limit in MB).
 */
public class ImportRefusedException extends RuntimeException {

	private final String messageKey;

	private final String argument;

	public ImportRefusedException(String messageKey, String argument) {
		super(messageKey);
		this.messageKey = messageKey;
		this.argument = argument;
	}

	public String messageKey() {
		return messageKey;
	}

	public String argument() {
		return argument;
	}

}
