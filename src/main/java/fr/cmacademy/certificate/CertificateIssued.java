package fr.cmacademy.certificate;

/**
 * A certificate or badge was issued to a learner (automatically or by an admin).
 */
public record CertificateIssued(long certificateId, long userId, CertificateKind kind, String subjectId, int cycle,
		boolean manual) {
}
