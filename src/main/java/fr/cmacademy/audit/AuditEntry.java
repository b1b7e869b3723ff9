package fr.cmacademy.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One logged action. {@code actorId} is empty for actions taken by the system (a
 * scheduled job, an import's own bookkeeping); {@code detail} never holds personal data.
 */
public record AuditEntry(long id, Instant at, @Nullable Long actorId, String action, String targetKind,
		@Nullable String targetId, @Nullable String detail) {
}
