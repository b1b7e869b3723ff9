package fr.cmacademy.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.privacy.internal.DataExport;
import fr.cmacademy.privacy.internal.Erasure;
import fr.cmacademy.privacy.internal.RequestRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.SignedInUser;

/**
 * Deletion requests for admins: list them, erase (anonymise) the user's data or refuse
 * with a reason, and export a user's data. Every action is in the audit log, by ids and
 * counts only.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PrivacyAdmin {

	/** Longest refusal reason. */
	public static final int REASON_MAX = 1000;

	private final RequestRepository requests;

	private final Erasure erasure;

	private final DataExport export;

	private final AuditLog audit;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	private final TransactionTemplate write;

	private final TransactionTemplate read;

	PrivacyAdmin(RequestRepository requests, Erasure erasure, DataExport export, AuditLog audit, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security, PlatformTransactionManager transactions) {
		this.requests = requests;
		this.erasure = erasure;
		this.export = export;
		this.audit = audit;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.write = new TransactionTemplate(transactions);
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
	}

	/** Pending requests (oldest first) or processed ones (newest first). */
	@Transactional(readOnly = true)
	public List<DeletionRequest> requests(boolean pending, int offset, int limit) {
		return requests.page(pending, offset, Math.min(limit, 500));
	}

	@Transactional(readOnly = true)
	public int count(boolean pending) {
		return requests.count(pending);
	}

	/**
	 * Erases the requester's personal data in every feature and marks the request
	 * processed, in one transaction: all of it or nothing.
	 * @throws PrivacyException when the request is unknown, no longer pending, or the
	 * admin's own
	 */
	@Transactional
	public Map<String, Integer> erase(long requestId) {
		DeletionRequest request = pending(requestId);
		long admin = me();
		if (request.userId() == admin) {
			throw new PrivacyException("privacy.error.own-request");
		}
		Map<String, Integer> counts = erasure.run(request.userId());
		requests.decide(requestId, RequestState.ERASED, clock.instant(), admin, null);
		audit.record("privacy.erase", "user", request.userId(),
				"request=" + requestId + " "
						+ counts.entrySet()
							.stream()
							.map(e -> e.getKey() + "=" + e.getValue())
							.collect(Collectors.joining(" ")));
		return counts;
	}

	/**
	 * Refuses a request with a reason the user reads on their page.
	 * @throws PrivacyException when the reason is blank or too long, or the request is
	 * not pending
	 */
	@Transactional
	public void reject(long requestId, String reason) {
		String why = reason.strip();
		if (why.isEmpty()) {
			throw new PrivacyException("privacy.error.reason-required");
		}
		if (why.length() > REASON_MAX) {
			throw new PrivacyException("privacy.error.reason-too-long");
		}
		DeletionRequest request = pending(requestId);
		requests.decide(requestId, RequestState.REJECTED, clock.instant(), me(), why);
		// The reason is free text and may name the user: the log keeps ids only.
		audit.record("privacy.reject", "user", request.userId(), "request=" + requestId);
	}

	/**
	 * Writes a user's export (for instance to hand it to them), recorded in the audit log
	 * before any byte is written.
	 */
	public void export(long userId, OutputStream out) {
		write.executeWithoutResult(status -> audit.record("privacy.export", "user", userId, null));
		read.executeWithoutResult(status -> {
			try {
				export.write(userId, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private DeletionRequest pending(long requestId) {
		DeletionRequest request = requests.lock(requestId)
			.orElseThrow(() -> new PrivacyException("privacy.error.not-found"));
		if (request.state() != RequestState.PENDING) {
			throw new PrivacyException("privacy.error.not-pending");
		}
		return request;
	}

	private long me() {
		Authentication auth = security.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
			return user.id();
		}
		throw new AccessDeniedException("Not signed in");
	}

}
