package fr.cmacademy.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A user as other features see it (never the password hash).
 */
public record UserAccount(long id, String username, @Nullable String email, String displayName,
		@Nullable Locale preferredLocale, boolean enabled, Set<String> roles, Instant createdAt,
		@Nullable Instant lastLoginAt) {

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

}
