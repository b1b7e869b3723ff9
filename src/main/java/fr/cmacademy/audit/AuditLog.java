package fr.cmacademy.audit;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.audit.internal.AuditRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.SignedInUser;

/**
 * Records admin actions and reads them back for admins. The actor is the signed-in user
 * of the calling thread (none for system actions). Recording joins the caller's
 * transaction: a rolled-back action leaves no entry.
 */
@Service
public class AuditLog {

	private final AuditRepository entries;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	AuditLog(AuditRepository entries, Clock clock, ObjectProvider<SecurityContextHolderStrategy> security) {
		this.entries = entries;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/**
	 * Logs an action. {@code action} is a dotted name ({@code user.create},
	 * {@code cohort.member.remove}); {@code detail} must hold no personal data (ids,
	 * codes, counts, setting names only).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String targetKind, @Nullable Object targetId, @Nullable String detail) {
		entries.insert(clock.instant(), actorId(), action, targetKind, targetId == null ? null : targetId.toString(),
				detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000));
	}

	/**
	 * Newest first, filtered by the start of the action name and optionally one object.
	 */
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional(readOnly = true)
	public List<AuditEntry> page(String actionPrefix, @Nullable String targetKind, @Nullable String targetId,
			int offset, int limit) {
		return entries.page(actionPrefix, targetKind, targetId, offset, Math.min(limit, 500));
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional(readOnly = true)
	public int count(String actionPrefix, @Nullable String targetKind, @Nullable String targetId) {
		return entries.count(actionPrefix, targetKind, targetId);
	}

	private @Nullable Long actorId() {
		Authentication auth = security.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user.id() : null;
	}

}
