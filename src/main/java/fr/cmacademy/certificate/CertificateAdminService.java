package fr.cmacademy.certificate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.certificate.internal.CertificateRepository;
import fr.cmacademy.certificate.internal.Credentials;
import fr.cmacademy.certificate.internal.Issuance;
import fr.cmacademy.certificate.internal.IssuerKeys;
import fr.cmacademy.certificate.internal.KeyRepository;
import fr.cmacademy.content.CertificateRules;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.shared.Roles;

/**
 * What admins do with certificates: see the latest, issue one by hand or revoke one (each
 * with a reason), and rotate the issuer's signing key.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CertificateAdminService {

	/**
	 * A published signing key: its id, the URL credentials name, and when it was made.
	 */
	public record IssuerKey(long id, String url, Instant createdAt) {
	}

	private final CertificateRepository certificates;

	private final Issuance issuance;

	private final IssuerKeys issuerKeys;

	private final KeyRepository keys;

	private final ContentCatalog content;

	private final AccountService accounts;

	private final Credentials credentials;

	private final Clock clock;

	CertificateAdminService(CertificateRepository certificates, Issuance issuance, IssuerKeys issuerKeys,
			KeyRepository keys, ContentCatalog content, AccountService accounts, Credentials credentials, Clock clock) {
		this.credentials = credentials;
		this.certificates = certificates;
		this.issuance = issuance;
		this.issuerKeys = issuerKeys;
		this.keys = keys;
		this.content = content;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Certificate> latest() {
		return certificates.latest(200);
	}

	/** Programmes that lead to a certificate. */
	public List<CertificateRules> programmes() {
		return content.certificateRules();
	}

	/**
	 * Issues a programme's certificate to a learner whatever the rules say.
	 * @throws CertificateException when the learner, the programme or the reason is
	 * missing, or the learner already holds a valid certificate
	 */
	public Certificate issue(String login, String programmeId, String reason) {
		String why = reason.strip();
		if (why.isEmpty()) {
			throw new CertificateException("certificate.admin.error.reason");
		}
		UserAccount learner = accounts.byLogin(login.strip())
			.filter(u -> u.hasRole(Roles.LEARNER))
			.orElseThrow(() -> new CertificateException("certificate.admin.error.learner"));
		CertificateRules programme = content.certificateRules(programmeId)
			.orElseThrow(() -> new CertificateException("certificate.admin.error.programme"));
		long adminId = accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		return issuance.manual(learner.id(), programme, why, adminId)
			.flatMap(issuance::issue)
			.orElseThrow(() -> new CertificateException("certificate.admin.error.already-valid"));
	}

	@Transactional
	public void revoke(long certificateId, String reason) {
		String why = reason.strip();
		if (why.isEmpty()) {
			throw new CertificateException("certificate.admin.error.reason");
		}
		if (!certificates.revoke(certificateId, why, clock.instant())) {
			throw new CertificateException("certificate.admin.error.already-revoked");
		}
	}

	/** Generates a new signing key; earlier credentials keep verifying with theirs. */
	public IssuerKey rotateKey() {
		long id = issuerKeys.generate();
		return keys().stream().filter(k -> k.id() == id).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<IssuerKey> keys() {
		return keys.publicKeys()
			.stream()
			.map(k -> new IssuerKey(k.id(), credentials.keyId(k.id()), k.createdAt()))
			.toList();
	}

}
