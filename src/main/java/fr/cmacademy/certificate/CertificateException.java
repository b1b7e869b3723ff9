package fr.cmacademy.certificate;

/**
 * An admin's request that cannot be done, with the translation key saying why.
 */
public class CertificateException extends RuntimeException {

	private final String messageKey;

	public CertificateException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
