package fr.cmacademy.certificate.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateIssued;
import fr.cmacademy.certificate.CertificateKind;
import fr.cmacademy.certificate.CertificateStatus;
import fr.cmacademy.certificate.VerificationCodes;
import fr.cmacademy.certificate.internal.CertificateRepository.NewCertificate;
import fr.cmacademy.certificate.internal.KeyRepository.SigningKey;
import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.CertificateRules;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.shared.Text;

/**
 * Issues certificates and badges exactly once. The rules are read in one short
 * transaction; each issuance then inserts in its own, and the database's unique key turns
 * a racing second insert (another event, another instance) into a no-op.
 */
@Component
public class Issuance {

	/** What to issue, decided from the rules. */
	public record Decision(long userId, CertificateKind kind, String subjectId, int cycle, Text title, Text description,
			List<Text> skills, @Nullable Instant validUntil, @Nullable String manualReason, @Nullable Long issuedBy) {
	}

	private final CertificateRepository certificates;

	private final ContentCatalog content;

	private final RulesCheck rules;

	private final AccountService accounts;

	private final Credentials credentials;

	private final IssuerKeys keys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate newTransaction;

	Issuance(CertificateRepository certificates, ContentCatalog content, RulesCheck rules, AccountService accounts,
			Credentials credentials, IssuerKeys keys, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.certificates = certificates;
		this.content = content;
		this.rules = rules;
		this.accounts = accounts;
		this.credentials = credentials;
		this.keys = keys;
		this.events = events;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly.setReadOnly(true);
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Issues whatever the learner has newly earned; returns what was issued. */
	public List<Certificate> evaluate(long userId) {
		List<Decision> decisions = readOnly.execute(status -> decide(userId));
		List<Certificate> issued = new ArrayList<>();
		for (Decision decision : decisions == null ? List.<Decision>of() : decisions) {
			issue(decision).ifPresent(issued::add);
		}
		return issued;
	}

	/**
	 * Stores, signs and announces a certificate; empty when that cycle was already
	 * issued.
	 */
	public Optional<Certificate> issue(Decision d) {
		SigningKey key = keys.signingKey();
		UserAccount user = accounts.byId(d.userId()).orElseThrow();
		String language = user.preferredLocale() == null ? "fr" : user.preferredLocale().getLanguage();
		Optional<Certificate> result = Optional.empty();
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				result = insert(d, key, user, language);
				break;
			}
			catch (DataIntegrityViolationException alreadyIssued) {
				return Optional.empty();
			}
			catch (PessimisticLockingFailureException deadlock) {
				// Racing inserts of the same key can deadlock in InnoDB; the winner has
				// committed, so trying again finds it and stops.
				if (attempt == 3) {
					throw deadlock;
				}
			}
		}
		result.ifPresent(c -> events.publishEvent(new CertificateIssued(c.id(), d.userId(), c.kind(), c.subjectId(),
				c.cycle(), d.manualReason() != null, c.title(), c.language())));
		return result;
	}

	private Optional<Certificate> insert(Decision d, SigningKey key, UserAccount user, String language) {
		return Optional.ofNullable(newTransaction.execute(status -> {
			long id = certificates.insert(new NewCertificate(d.userId(), d.kind(), d.subjectId(), d.cycle(),
					VerificationCodes.generate(), user.displayName(), "en".equals(language) ? "en" : "fr", d.title(),
					clock.instant(), d.validUntil(), d.manualReason(), d.issuedBy()));
			Certificate certificate = certificates.find(id).orElseThrow();
			certificates.saveCredential(id, credentials.sign(certificate, d.description(), d.skills(), key));
			return certificate;
		}));
	}

	/** The certificate an admin issues by hand, unless a valid one exists. */
	public Optional<Decision> manual(long userId, CertificateRules programme, String reason, long adminId) {
		List<Certificate> history = certificates.history(userId, CertificateKind.CERTIFICATE, programme.programmeId());
		Instant now = clock.instant();
		if (!history.isEmpty() && history.get(0).status(now) == CertificateStatus.VALID) {
			return Optional.empty();
		}
		int cycle = history.isEmpty() ? 1 : history.get(0).cycle() + 1;
		return Optional
			.of(new Decision(userId, CertificateKind.CERTIFICATE, programme.programmeId(), cycle, programme.title(),
					programme.description(), programme.skills(), validUntil(programme, now), reason, adminId));
	}

	private List<Decision> decide(long userId) {
		Catalog catalog = content.catalog();
		Instant now = clock.instant();
		List<Decision> decisions = new ArrayList<>();
		for (CertificateRules programme : content.certificateRules()) {
			for (ModuleEntry module : rules.completedModules(userId, programme, catalog)) {
				if (certificates.history(userId, CertificateKind.BADGE, module.id()).isEmpty()) {
					decisions.add(new Decision(userId, CertificateKind.BADGE, module.id(), 1, module.title(),
							module.summary(), module.objectives(), null, null, null));
				}
			}
			List<Certificate> history = certificates.history(userId, CertificateKind.CERTIFICATE,
					programme.programmeId());
			Certificate latest = history.isEmpty() ? null : history.get(0);
			if (latest != null && latest.status(now) != CertificateStatus.EXPIRED) {
				// Valid: nothing to do. Revoked: an admin decided; only an admin
				// re-issues.
				continue;
			}
			Instant since = latest == null ? Instant.EPOCH : latest.validUntil();
			if (since != null && rules.met(userId, programme, catalog, since)) {
				decisions.add(new Decision(userId, CertificateKind.CERTIFICATE, programme.programmeId(),
						latest == null ? 1 : latest.cycle() + 1, programme.title(), programme.description(),
						programme.skills(), validUntil(programme, now), null, null));
			}
		}
		return decisions;
	}

	private static Instant validUntil(CertificateRules programme, Instant now) {
		return now.atZone(ZoneOffset.UTC).plusMonths(programme.validityMonths()).toInstant();
	}

}
