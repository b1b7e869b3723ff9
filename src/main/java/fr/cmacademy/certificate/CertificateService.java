package fr.cmacademy.certificate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.certificate.internal.CertificateDocuments;
import fr.cmacademy.certificate.internal.CertificateRepository;
import fr.cmacademy.certificate.internal.Credentials;
import fr.cmacademy.shared.Roles;

/**
 * The signed-in learner's certificates and badges, and their files. A learner reaches
 * only their own: anyone else's id answers as if it did not exist.
 */
@Service
@PreAuthorize("hasRole('" + Roles.LEARNER + "')")
public class CertificateService {

	private final CertificateRepository certificates;

	private final Credentials credentials;

	private final AccountService accounts;

	private final CertificateDocuments documents;

	CertificateService(CertificateRepository certificates, Credentials credentials, AccountService accounts,
			CertificateDocuments documents) {
		this.certificates = certificates;
		this.credentials = credentials;
		this.accounts = accounts;
		this.documents = documents;
	}

	@Transactional(readOnly = true)
	public List<Certificate> mine() {
		return certificates.ofUser(userId());
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> mine(long certificateId) {
		long user = userId();
		return certificates.find(certificateId).filter(c -> c.userId() != null && c.userId() == user);
	}

	/** The printable PDF, in the language of the certificate. */
	@Transactional(readOnly = true)
	public Optional<CertificateFile> pdf(long certificateId) {
		return mine(certificateId).map(c -> new CertificateFile(fileName(c) + ".pdf", "application/pdf", render(c)));
	}

	/** The signed Open Badges 3.0 credential. */
	@Transactional(readOnly = true)
	public Optional<CertificateFile> credential(long certificateId) {
		return mine(certificateId).flatMap(c -> certificates.credential(c.id())
			.map(json -> new CertificateFile(fileName(c) + ".json", "application/ld+json",
					json.getBytes(StandardCharsets.UTF_8))));
	}

	public String verificationUrl(Certificate certificate) {
		return credentials.verificationUrl(certificate.code());
	}

	/**
	 * LinkedIn's "add to profile" link with the certification's fields filled in
	 * (LinkedIn asks the member to confirm).
	 */
	public String linkedInUrl(Certificate c, Locale locale) {
		ZonedDateTime issued = c.issuedAt().atZone(ZoneOffset.UTC);
		StringBuilder url = new StringBuilder("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
		param(url, "name", c.title().in(locale));
		param(url, "organizationName", "CM Academy");
		param(url, "issueYear", Integer.toString(issued.getYear()));
		param(url, "issueMonth", Integer.toString(issued.getMonthValue()));
		if (c.validUntil() != null) {
			ZonedDateTime until = c.validUntil().atZone(ZoneOffset.UTC);
			param(url, "expirationYear", Integer.toString(until.getYear()));
			param(url, "expirationMonth", Integer.toString(until.getMonthValue()));
		}
		param(url, "certUrl", verificationUrl(c));
		param(url, "certId", c.displayCode());
		return url.toString();
	}

	byte[] render(Certificate c) {
		return documents.pdf(c);
	}

	private static String fileName(Certificate c) {
		return CertificateDocuments.fileName(c);
	}

	private static void param(StringBuilder url, String name, String value) {
		url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private long userId() {
		return accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
