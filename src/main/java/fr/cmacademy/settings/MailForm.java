package fr.cmacademy.settings;

import org.jspecify.annotations.Nullable;

/**
 * What an admin submits for the outgoing mail server. An empty or null {@code password}
 * keeps the stored one; {@code clearPassword} removes it.
 */
public record MailForm(boolean enabled, @Nullable String host, @Nullable Integer port, @Nullable String username,
		@Nullable String password, boolean clearPassword, @Nullable MailSecurity security, @Nullable String from) {
}
