package fr.cmacademy.notification;

/**
 * A notification was stored and waits for its e-mail; the mailer sends it once the
 * transaction that recorded it commits.
 */
public record NotificationRecorded(long notificationId) {
}
