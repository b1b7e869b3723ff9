package fr.cmacademy.privacy;

/** A privacy action refused, with the translation key of the reason to show. */
public class PrivacyException extends RuntimeException {

	private final String key;

	public PrivacyException(String key) {
		super(key);
		this.key = key;
	}

	public String key() {
		return key;
	}

}
