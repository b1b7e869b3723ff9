package fr.cmacademy.certificate.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Salted hashes of holder names, in Open Badges' IdentityHash form: {@code sha256$}
 * followed by the hex SHA-256 of the identity then the salt. The identity is the name
 * normalised so that what a verifier types from the printed certificate matches: Unicode
 * NFC, spaces collapsed, trimmed, lower case.
 */
public final class HolderNames {

	private static final SecureRandom RANDOM = new SecureRandom();

	private HolderNames() {
	}

	/** A new random salt, 32 hex characters (128 bits). */
	public static String salt() {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return HexFormat.of().formatHex(salt);
	}

	public static String hash(String name, String salt) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((normalize(name) + salt).getBytes(StandardCharsets.UTF_8));
			return "sha256$" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
		}
	}

	/** Whether {@code typed} is the name that gave {@code hash} with {@code salt}. */
	public static boolean matches(String typed, String hash, String salt) {
		return !normalize(typed).isEmpty() && MessageDigest.isEqual(hash(typed, salt).getBytes(StandardCharsets.UTF_8),
				hash.getBytes(StandardCharsets.UTF_8));
	}

	static String normalize(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
