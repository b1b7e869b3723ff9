package fr.cmacademy.settings;

/**
 * A settings change that cannot be saved. {@link #field()} names the form field at fault
 * and {@link #messageKey()} is the translation key of the message to show next to it.
 */
public class SettingsException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public SettingsException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
