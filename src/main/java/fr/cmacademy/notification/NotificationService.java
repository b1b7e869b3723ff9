package fr.cmacademy.notification;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.notification.internal.NotificationMailer;
import fr.cmacademy.notification.internal.NotificationRepository;

/**
 * Records notifications for users (called by other features inside their transactions)
 * and serves the signed-in user's own notifications.
 */
@Service
public class NotificationService {

	/** A path inside the application: no scheme, no host, no protocol-relative URL. */
	private static final Pattern LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~%?=&-]{0,499}");

	private static final int MAX_PAGE = 100;

	private final NotificationRepository notifications;

	private final NotificationMailer mailer;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, NotificationMailer mailer, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.mailer = mailer;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an in-app notification and, if mail is enabled and the user has an e-mail,
	 * sends an e-mail after the surrounding transaction commits (nothing is stored or
	 * sent if it rolls back). Texts come from translation keys
	 * {@code notification.<kind>.title} / {@code notification.<kind>.body}
	 * ({@code MessageFormat} with args), in the recipient's preferred language (French by
	 * default). Not reachable from the UI: callers are services that decided the user
	 * must know.
	 * @throws IllegalArgumentException for an unknown kind or a link that is not a path
	 * inside the application
	 */
	@Transactional
	public void notify(NotificationRequest request) {
		record(request, null);
	}

	/**
	 * Like {@link #notify}, at most once per user and {@code onceKey}.
	 * @return whether the notification was recorded (false: the user already had it)
	 */
	@Transactional
	boolean notifyOnce(NotificationRequest request, String onceKey) {
		return record(request, onceKey);
	}

	private boolean record(NotificationRequest request, @Nullable String onceKey) {
		NotificationKinds.check(request.kind());
		String link = request.link();
		if (link != null && !LINK.matcher(link).matches()) {
			throw new IllegalArgumentException("Not a path inside the application: " + link);
		}
		var recipient = notifications.recipient(request.userId());
		boolean mail = mailer.enabled() && recipient.map(r -> r.email() != null && !r.email().isBlank()).orElse(false);
		var id = notifications.insert(request.userId(), request.kind(), request.args(), link, onceKey,
				mail ? "PENDING" : "NONE", clock.instant());
		if (id.isPresent() && mail) {
			events.publishEvent(new NotificationRecorded(id.get()));
		}
		return id.isPresent();
	}

	/** How many of the signed-in user's notifications are unread. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public int unreadCount() {
		return notifications.unreadCount(userId());
	}

	/** The signed-in user's notifications, newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public List<NotificationEntry> recent(int offset, int limit) {
		if (offset < 0 || limit < 0) {
			throw new IllegalArgumentException("offset and limit must not be negative");
		}
		return notifications.recent(userId(), offset, Math.min(limit, MAX_PAGE));
	}

	/**
	 * Marks one of the signed-in user's notifications as read.
	 * @throws AccessDeniedException if it is not theirs (or does not exist)
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void markRead(long notificationId) {
		long user = userId();
		if (!notifications.owner(notificationId).map(owner -> owner == user).orElse(false)) {
			throw new AccessDeniedException("Not your notification");
		}
		notifications.markRead(notificationId, user, clock.instant());
	}

	/** Marks all of the signed-in user's notifications as read. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void markAllRead() {
		notifications.markAllRead(userId(), clock.instant());
	}

	private long userId() {
		return accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
