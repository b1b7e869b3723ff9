package fr.cmacademy.account;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an admin fills in to create an account. A null or empty {@code password} means
 * none: the user chooses theirs through a reset link.
 */
public record NewUser(@Nullable String username, @Nullable String displayName, @Nullable String email,
		@Nullable Locale locale, Set<String> roles, @Nullable String password) {
}
