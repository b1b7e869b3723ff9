package fr.cmacademy.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the application shell needs to know about the signed-in user. Implemented by the
 * account feature, so that the shell does not depend on it.
 */
public interface CurrentUser {

	/** The signed-in user's display name, or empty for an anonymous visitor. */
	Optional<String> displayName();

	/** The roles of the signed-in user (empty for an anonymous visitor). */
	Set<String> roles();

	/**
	 * Remembers the chosen language: on the user's profile when signed in, in the session
	 * otherwise.
	 */
	void rememberLocale(Locale locale);

	/** Signs the current user out and returns to the login page. */
	void logout();

}
