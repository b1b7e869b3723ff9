package fr.cmacademy.certificate;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * What the public verification page may show: the outcome and, for a known code, only
 * what the certificate itself shows.
 */
public record Verification(Outcome outcome, @Nullable Details details) {

	/** The answer to a lookup. */
	public enum Outcome {

		VALID, EXPIRED, REVOKED, UNKNOWN, TOO_MANY_ATTEMPTS

	}

	/** The certificate as printed, plus revocation if any. */
	public record Details(String code, CertificateKind kind, String holderName, Text title, Instant issuedAt,
			@Nullable Instant validUntil, @Nullable Instant revokedAt) {

		/**
		 * Whether the holder's personal data was erased on request: the name is then no
		 * longer known in clear, only a salted hash of it
		 * ({@link VerificationService#holderMatches}).
		 */
		public boolean holderErased() {
			return holderName.isEmpty();
		}

	}

	/**
	 * An uploaded credential: whether its proof holds (and if not, why, for logs and
	 * support), and, if so, the outcome of its certificate.
	 */
	public record CredentialCheck(boolean signatureValid, String reason, Verification verification) {
	}

}
