package fr.cmacademy.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 20 random characters of Crockford's base32 (100 bits, no I, L, O or
 * U to misread), never derived from a counter, so codes cannot be guessed or enumerated.
 * Shown in four groups of five; typing ignores case, spaces and dashes, and reads O as 0
 * and I or L as 1.
 */
public final class VerificationCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	public static String generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	public static String display(String code) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < code.length(); i++) {
			if (i > 0 && i % 5 == 0) {
				out.append('-');
			}
			out.append(code.charAt(i));
		}
		return out.toString();
	}

	/** The code typed by someone, in canonical form, or empty if it cannot be one. */
	public static Optional<String> normalize(String typed) {
		StringBuilder code = new StringBuilder();
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == ' ' || c == '-') {
				continue;
			}
			char mapped = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(mapped) < 0) {
				return Optional.empty();
			}
			code.append(mapped);
		}
		return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
	}

}
