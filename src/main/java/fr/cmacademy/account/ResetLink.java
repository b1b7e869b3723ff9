package fr.cmacademy.account;

import java.time.Instant;

/**
 * A password reset link just issued.
 *
 * @param path the link inside the application ({@code reset-password/<token>})
 * @param mailed whether it was e-mailed to the user (after commit); when not, the admin
 * hands it over
 */
public record ResetLink(String path, boolean mailed, Instant expiresAt) {
}
