package fr.cmacademy.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 fingerprints of content, to store a new version only when something changed.
 */
public final class Hashes {

	private Hashes() {
	}

	public static String sha256(String text) {
		return sha256(text, List.of());
	}

	/** A hash of a text and the hashes of its children, in order. */
	public static String sha256(String own, List<String> children) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(own.getBytes(StandardCharsets.UTF_8));
			for (String child : children) {
				digest.update(child.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
