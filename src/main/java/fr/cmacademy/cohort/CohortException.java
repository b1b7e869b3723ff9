package fr.cmacademy.cohort;

/**
 * A change to an organisation or a cohort that cannot be made. {@link #field()} names the
 * form field at fault ({@code name}, {@code code}, {@code organisation},
 * {@code deadline}, or {@code cohort} for the cohort as a whole) and
 * {@link #messageKey()} is the translation key of the message to show next to it.
 */
public class CohortException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public CohortException(String field, String messageKey) {
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
