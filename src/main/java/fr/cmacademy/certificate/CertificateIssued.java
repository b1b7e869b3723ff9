package fr.cmacademy.certificate;

/**
 * A certificate or badge was issued to a learner (automatically or by an admin).
 *
 * @param title what it certifies, in both languages
 * @param language the learner's language on the certificate ({@code fr} or {@code en})
 */
public record CertificateIssued(long certificateId, long userId, CertificateKind kind, String subjectId, int cycle,
		boolean manual, fr.cmacademy.shared.Text title, String language) {
}
