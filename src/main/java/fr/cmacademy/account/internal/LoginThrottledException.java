package fr.cmacademy.account.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * Raised instead of checking the password while an account or address is locked by
 * {@link LoginThrottle}.
 */
public class LoginThrottledException extends AuthenticationException {

	private final Instant until;

	LoginThrottledException(Instant until) {
		super("Too many failed logins");
		this.until = until;
	}

	public Instant until() {
		return until;
	}

}
