/**
 * Notifications: what happened that a user should know about (work graded, certificate
 * issued, a quiz closing soon), shown in-app under the header's bell and, when mail is
 * enabled, sent by e-mail after the caller's transaction commits. Other features call
 * {@link fr.cmacademy.notification.NotificationService#notify}; this package depends on
 * none of them beyond content and shared, so grading and certificates can depend on it.
 */
@NullMarked
package fr.cmacademy.notification;

import org.jspecify.annotations.NullMarked;
