package fr.cmacademy.account;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Server-side rules for the fields of an account, shared by registration, profile and
 * (later) admin forms. Each check throws an {@link AccountException} naming the field.
 */
final class AccountFields {

	static final String DISPLAY_NAME = "displayName";

	static final String USERNAME = "username";

	static final String EMAIL = "email";

	static final String PASSWORD = "password";

	static final String CURRENT_PASSWORD = "currentPassword";

	private static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	// Deliberately simple: one @, no spaces, a dot in the domain. Real validation is the
	// confirmation mail.
	private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private AccountFields() {
	}

	static String displayName(@Nullable String value) {
		String name = value == null ? "" : value.strip();
		if (name.isEmpty()) {
			throw new AccountException(DISPLAY_NAME, "account.display-name.required");
		}
		if (name.length() > 120) {
			throw new AccountException(DISPLAY_NAME, "account.display-name.too-long");
		}
		return name;
	}

	static String username(@Nullable String value) {
		String username = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME_PATTERN.matcher(username).matches()) {
			throw new AccountException(USERNAME, "account.username.invalid");
		}
		return username;
	}

	static @Nullable String optionalEmail(@Nullable String value) {
		String email = value == null ? "" : value.strip();
		return email.isEmpty() ? null : email(email);
	}

	static String email(@Nullable String value) {
		String email = value == null ? "" : value.strip();
		if (email.isEmpty()) {
			throw new AccountException(EMAIL, "account.email.required");
		}
		if (email.length() > 254 || !EMAIL_PATTERN.matcher(email).matches()) {
			throw new AccountException(EMAIL, "account.email.invalid");
		}
		return email;
	}

}
