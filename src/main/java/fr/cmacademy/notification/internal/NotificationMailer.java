package fr.cmacademy.notification.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.cmacademy.notification.NotificationEntry;
import fr.cmacademy.notification.NotificationRecorded;
import fr.cmacademy.notification.internal.NotificationRepository.Pending;
import fr.cmacademy.settings.OutgoingMail;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * Sends a notification's e-mail once the transaction that recorded it has committed, on
 * its own thread: a slow or absent SMTP server never blocks a page or rolls back a grade.
 * A failure is logged (without the message's text) and recorded as {@code FAILED}; it
 * never reaches the caller. The SMTP server is the admin's (platform settings), else the
 * application properties ({@link OutgoingMail}).
 */
@Component
public class NotificationMailer {

	private static final Log log = LogFactory.getLog(NotificationMailer.class);

	private final OutgoingMail mail;

	private final SettingsService settings;

	private final NotificationRepository notifications;

	private final AppI18NProvider i18n;

	private final Clock clock;

	private final String baseUrl;

	/** One thread, a bounded queue: mail goes out in order and never piles up threads. */
	private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>(10_000), runnable -> {
				Thread thread = new Thread(runnable, "notification-mail");
				thread.setDaemon(true);
				return thread;
			});

	NotificationMailer(OutgoingMail mail, SettingsService settings, NotificationRepository notifications,
			AppI18NProvider i18n, Clock clock, @Value("${cm.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.settings = settings;
		this.notifications = notifications;
		this.i18n = i18n;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Whether e-mails are sent at all: switched on and an SMTP server configured. */
	public boolean enabled() {
		return mail.enabled();
	}

	@TransactionalEventListener
	void afterCommit(NotificationRecorded event) {
		try {
			executor.execute(() -> send(event.notificationId()));
		}
		catch (RejectedExecutionException ex) {
			log.warn("E-mail for notification " + event.notificationId() + " not queued: too many waiting");
			notifications.emailState(event.notificationId(), "FAILED", clock.instant());
		}
	}

	void send(long notificationId) {
		try {
			notifications.pending(notificationId).ifPresent(this::send);
		}
		catch (RuntimeException ex) {
			// The exception's message names the server and the reason, never the text.
			log.warn("E-mail for notification " + notificationId + " failed: " + ex.getClass().getSimpleName() + ": "
					+ ex.getMessage());
			notifications.emailState(notificationId, "FAILED", clock.instant());
		}
	}

	private void send(Pending pending) {
		Locale locale = pending.locale() == null ? settings.defaultLocale()
				: NotificationRepository.locale(pending.locale());
		Object[] params = pending.args().toArray();
		String subject = i18n.getTranslation(NotificationEntry.titleKey(pending.kind()), locale, params);
		StringBuilder text = new StringBuilder()
			.append(i18n.getTranslation(NotificationEntry.bodyKey(pending.kind()), locale, params))
			.append("\n\n");
		String link = absolute(pending.link());
		if (link != null) {
			text.append(i18n.getTranslation("notification.mail.open", locale, link)).append("\n\n");
		}
		text.append("-- \n").append(i18n.getTranslation("notification.mail.footer", locale)).append('\n');
		mail.send(pending.email(), subject, text.toString());
		notifications.emailState(pending.id(), "SENT", clock.instant());
	}

	/** The link as an absolute address, for a mail read outside the application. */
	@Nullable String absolute(@Nullable String link) {
		return link == null ? null : baseUrl + "/" + link;
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(5, TimeUnit.SECONDS);
	}

}
