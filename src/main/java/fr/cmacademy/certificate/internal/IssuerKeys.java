package fr.cmacademy.certificate.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.time.Clock;
import java.util.Arrays;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.certificate.internal.KeyRepository.SigningKey;

/**
 * The issuer's signing keys: generated with the JDK's Ed25519 on first need or when an
 * admin rotates them, stored server-side, never logged. Older keys stay published so that
 * credentials they signed keep verifying.
 */
@Component
public class IssuerKeys {

	/**
	 * The DER prefix of an X.509 Ed25519 public key; the raw key is the 32 bytes after
	 * it.
	 */
	private static final int X509_PREFIX = 12;

	private final KeyRepository keys;

	private final Clock clock;

	IssuerKeys(KeyRepository keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** The key to sign with, generated if there is none yet. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public SigningKey signingKey() {
		return keys.newest().orElseGet(() -> {
			long id = generate();
			return keys.newest().filter(k -> k.id() >= id).orElseThrow();
		});
	}

	/** Generates a new key, which signs from now on; returns its id. */
	@Transactional
	public long generate() {
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			byte[] encoded = pair.getPublic().getEncoded();
			byte[] publicKey = Arrays.copyOfRange(encoded, X509_PREFIX, encoded.length);
			byte[] privateKey = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
			return keys.insert(publicKey, privateKey, clock.instant());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is not available", ex);
		}
	}

}
