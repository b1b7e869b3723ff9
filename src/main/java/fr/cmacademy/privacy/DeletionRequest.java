package fr.cmacademy.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A request to erase a user's personal data, with the user as they are now (after an
 * erasure: the anonymous names).
 */
public record DeletionRequest(long id, long userId, String username, String displayName, RequestState state,
		Instant requestedAt, @Nullable Instant decidedAt, @Nullable String reason) {
}
