package fr.cmacademy.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.privacy.internal.DataExport;
import fr.cmacademy.privacy.internal.RequestRepository;
import fr.cmacademy.shared.SignedInUser;

/**
 * The signed-in user's own personal data: download it all, ask for its erasure, withdraw
 * the request while it is pending. Always the caller's own data: no id is taken.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MyDataService {

	private final DataExport export;

	private final RequestRepository requests;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	MyDataService(DataExport export, RequestRepository requests, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.export = export;
		this.requests = requests;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/**
	 * Writes the zip of everything stored about the signed-in user to {@code out}, from
	 * one consistent snapshot.
	 */
	@Transactional(readOnly = true)
	public void export(OutputStream out) throws IOException {
		export.write(me(), out);
	}

	/** The user's latest deletion request, whatever its state. */
	@Transactional(readOnly = true)
	public Optional<DeletionRequest> request() {
		return requests.latest(me());
	}

	/**
	 * Asks for erasure; a second click while one is pending changes nothing.
	 */
	@Transactional
	public DeletionRequest requestDeletion() {
		long me = me();
		try {
			requests.insert(me, clock.instant());
		}
		catch (DuplicateKeyException alreadyPending) {
			// One pending request per user: the first one stands.
		}
		return requests.latest(me).orElseThrow();
	}

	/**
	 * Withdraws the pending request.
	 * @throws PrivacyException when none is pending (already processed or withdrawn)
	 */
	@Transactional
	public void cancel() {
		if (!requests.cancel(me(), clock.instant())) {
			throw new PrivacyException("privacy.error.not-pending");
		}
	}

	private long me() {
		Authentication auth = security.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
			return user.id();
		}
		throw new AccessDeniedException("Not signed in");
	}

}
