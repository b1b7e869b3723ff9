package fr.cmacademy.settings;

import org.jspecify.annotations.Nullable;

/**
 * The outgoing mail server as an admin set it. The password is never handed back:
 * {@link #passwordSet()} only says whether one is stored.
 *
 * @param fromAdmin whether an admin saved these settings; otherwise they describe the
 * application properties ({@code cm.mail.*}, {@code spring.mail.*}), which stay the
 * default
 */
public record MailSettings(boolean enabled, @Nullable String host, int port, @Nullable String username,
		boolean passwordSet, MailSecurity security, String from, boolean fromAdmin) {
}
