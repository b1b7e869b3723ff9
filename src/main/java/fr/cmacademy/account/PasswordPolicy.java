package fr.cmacademy.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: at least 8 characters, up to 128 accepted, no
 * composition rules, and no password from a list of the most common ones (nor the user
 * name itself).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	public PasswordPolicy() {
		try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			common = reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks a new password.
	 * @return the translation key of the problem, or empty when the password is
	 * acceptable
	 */
	public Optional<String> problem(String password, String username) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("account.password.too-short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("account.password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || lower.equals(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.too-common");
		}
		return Optional.empty();
	}

	/**
	 * Throws an {@link AccountException} on the given field when the password is not
	 * acceptable.
	 */
	public void check(String field, String password, String username) {
		problem(password, username).ifPresent(key -> {
			throw new AccountException(field, key);
		});
	}

}
