package fr.cmacademy.certificate;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A certificate or badge as issued. Name and titles are copies taken at issuance, so it
 * verifies the same even if the account or the content changes later.
 *
 * @param subjectId the programme (certificate) or module (badge) id
 * @param cycle 1 for the first certificate, 2 after a re-certification, …
 * @param validUntil when it expires, or {@code null} for a badge that does not
 */
public record Certificate(long id, @Nullable Long userId, CertificateKind kind, String subjectId, int cycle,
		String code, String holderName, String language, Text title, Instant issuedAt, @Nullable Instant validUntil,
		@Nullable String manualReason, @Nullable Instant revokedAt, @Nullable String revokedReason) {

	public CertificateStatus status(Instant now) {
		if (revokedAt != null) {
			return CertificateStatus.REVOKED;
		}
		if (validUntil != null && !now.isBefore(validUntil)) {
			return CertificateStatus.EXPIRED;
		}
		return CertificateStatus.VALID;
	}

	/** The code as people type it: four groups of five characters. */
	public String displayCode() {
		return VerificationCodes.display(code);
	}

}
