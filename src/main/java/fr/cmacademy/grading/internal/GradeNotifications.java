package fr.cmacademy.grading.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.grading.GradeReleased;
import fr.cmacademy.grading.internal.WorkRepository.WorkRow;
import fr.cmacademy.notification.NotificationKinds;
import fr.cmacademy.notification.NotificationRequest;
import fr.cmacademy.notification.NotificationService;

/**
 * Tells the learner when a grade is released or changed, in the app and by e-mail, with a
 * link to the feedback. Runs in the releasing transaction: no grade without its notice.
 */
@Component
class GradeNotifications {

	private final WorkRepository work;

	private final ContentCatalog content;

	private final NotificationService notifications;

	GradeNotifications(WorkRepository work, ContentCatalog content, NotificationService notifications) {
		this.work = work;
		this.content = content;
		this.notifications = notifications;
	}

	@EventListener
	void on(GradeReleased event) {
		WorkRow row = work.find(event.workId()).orElseThrow();
		Locale locale = work.learnerLocale(event.learnerId());
		String title = content.catalog()
			.item(event.itemId())
			.map(item -> item.title().in(locale))
			.orElse(event.itemId());
		notifications.notify(new NotificationRequest(event.learnerId(), NotificationKinds.GRADE_RELEASED,
				List.of(title, Formats.number(locale, event.points()), Formats.number(locale, event.maxPoints())),
				row.kind().feedbackLink(row.sourceId(), row.slot())));
	}

}
