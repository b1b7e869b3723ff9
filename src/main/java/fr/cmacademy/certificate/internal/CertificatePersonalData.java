package fr.cmacademy.certificate.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.internal.CertificateRepository.HolderHash;
import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Certificates, badges and the scores their rules count. The export holds each one with
 * its PDF (drawn again, as the learner downloads it) and its signed credential. Erasure
 * keeps every certificate verifiable by its code with only what it shows: the printed
 * name is replaced by a salted hash of it (computed from the copy frozen at issuance, so
 * it is the name printed), the stored credential by one carrying that hash and signed
 * again, and the admins' reasons by a marker. Scores (figures only) stay.
 */
@Component
class CertificatePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final CertificateRepository certificates;

	private final CertificateDocuments documents;

	private final Credentials credentials;

	private final IssuerKeys keys;

	CertificatePersonalData(JdbcClient jdbc, CertificateRepository certificates, CertificateDocuments documents,
			Credentials credentials, IssuerKeys keys) {
		this.jdbc = jdbc;
		this.certificates = certificates;
		this.documents = documents;
		this.credentials = credentials;
		this.keys = keys;
	}

	@Override
	public String area() {
		return "certificate";
	}

	@Override
	public Set<String> tables() {
		return Set.of("certificate", "certificate_score");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records list = out.list("certificates")) {
			for (Certificate c : certificates.ofUser(userId)) {
				String name = CertificateDocuments.fileName(c);
				Map<String, Object> record = new LinkedHashMap<>();
				record.put("kind", c.kind().name());
				record.put("subject_id", c.subjectId());
				record.put("cycle", c.cycle());
				record.put("code", c.displayCode());
				record.put("holder_name", c.holderName());
				record.put("title", c.title().in(java.util.Locale.of(c.language())));
				record.put("language", c.language());
				record.put("issued_at", c.issuedAt());
				record.put("valid_until", c.validUntil());
				record.put("revoked_at", c.revokedAt());
				record.put("verification_url", credentials.verificationUrl(c.code()));
				record.put("pdf", out.attach("certificates/" + name + ".pdf", file -> file.write(documents.pdf(c))));
				long id = c.id();
				record.put("credential", out.attach("certificates/" + name + ".json",
						file -> file.write(certificates.credential(id).orElse("").getBytes(StandardCharsets.UTF_8))));
				list.add(record);
			}
		}
		try (ExportWriter.Records scores = out.list("scores")) {
			jdbc.sql(
					"SELECT item_id, percent, achieved_at FROM certificate_score WHERE user_id = :u ORDER BY achieved_at")
				.param("u", userId)
				.query((RowCallbackHandler) scores::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		int erased = 0;
		for (Certificate c : certificates.notErased(userId)) {
			String salt = HolderNames.salt();
			HolderHash hash = new HolderHash(HolderNames.hash(c.holderName(), salt), salt);
			String credential = certificates.credential(c.id()).orElse("");
			String hashed = credential.isEmpty() ? ""
					: credentials.withHashedHolder(credential, hash.hash(), salt, keys.signingKey());
			erased += certificates.eraseHolder(c.id(), hash, hashed, ErasureContext.ERASED_TEXT, context.now());
		}
		context.count("certificate.holders", erased);
	}

}
