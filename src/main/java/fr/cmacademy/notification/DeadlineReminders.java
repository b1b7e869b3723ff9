package fr.cmacademy.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds learners of deadlines within the next {@code cm.notification.deadline-window}
 * (48 hours), once per learner and deadline: the notification's unique once-key makes a
 * second reminder impossible, even from two servers running the job at the same time.
 */
@Component
class DeadlineReminders {

	private static final Log log = LogFactory.getLog(DeadlineReminders.class);

	private final List<DeadlineSource> sources;

	private final NotificationService notifications;

	private final Clock clock;

	private final Duration window;

	DeadlineReminders(List<DeadlineSource> sources, NotificationService notifications, Clock clock,
			@Value("${cm.notification.deadline-window:PT48H}") Duration window) {
		this.sources = sources;
		this.notifications = notifications;
		this.clock = clock;
		this.window = window;
	}

	@Scheduled(fixedDelayString = "${cm.notification.deadline-check:PT15M}", initialDelayString = "PT1M")
	void run() {
		try {
			int sent = remind();
			if (sent > 0) {
				log.info(sent + " deadline reminder(s) recorded");
			}
		}
		catch (RuntimeException ex) {
			log.error("Deadline reminders failed; the next run tries again", ex);
		}
	}

	/** Records the reminders due now; returns how many were new. */
	int remind() {
		Instant now = clock.instant();
		int sent = 0;
		for (DeadlineSource source : sources) {
			for (DeadlineSource.Reminder reminder : source.due(now, now.plus(window))) {
				NotificationRequest request = new NotificationRequest(reminder.userId(), reminder.kind(),
						List.of(reminder.title(), reminder.date()), reminder.link());
				// One transaction per reminder: one learner's problem does not stop the
				// others.
				if (notifications.notifyOnce(request, reminder.kind() + ":" + reminder.onceKey())) {
					sent++;
				}
			}
		}
		return sent;
	}

}
