package fr.cmacademy.authoring;

/**
 * A refused authoring request, with a message key for the page and its arguments.
 */
public class AuthoringException extends RuntimeException {

	private final String key;

	private final transient Object[] args;

	public AuthoringException(String key, Object... args) {
		super(key);
		this.key = key;
		this.args = args;
	}

	public String key() {
		return key;
	}

	public Object[] args() {
		return args;
	}

}
