package fr.cmacademy.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.notification.internal.DeadlineRepository;
import fr.cmacademy.notification.internal.DeadlineRepository.Learner;

/**
 * Quizzes whose close date is near: every enrolled learner without a submitted attempt is
 * reminded.
 */
@Component
class QuizDeadlines implements DeadlineSource {

	private final ContentCatalog content;

	private final DeadlineRepository deadlines;

	QuizDeadlines(ContentCatalog content, DeadlineRepository deadlines) {
		this.content = content;
		this.deadlines = deadlines;
	}

	@Override
	public List<Reminder> due(Instant now, Instant horizon) {
		List<Reminder> reminders = new ArrayList<>();
		for (ProgrammeEntry programme : content.catalog().programmes()) {
			for (ModuleEntry module : programme.modules()) {
				for (ItemEntry item : module.items()) {
					if (!"QUIZ".equals(item.kind())) {
						continue;
					}
					OffsetDateTime closesAt = content.quiz(item.id(), item.currentVersion())
						.map(q -> q.definition().closesAt())
						.orElse(null);
					if (closesAt == null || !closesAt.toInstant().isAfter(now)
							|| closesAt.toInstant().isAfter(horizon)) {
						continue;
					}
					String key = "quiz:" + item.id();
					for (Learner learner : deadlines.quizNotSubmitted(programme.id(), item.id(),
							NotificationKinds.DEADLINE_SOON + ":" + key)) {
						String date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
							.withLocale(learner.locale())
							.format(closesAt);
						reminders.add(new Reminder(learner.userId(), key, item.title().in(learner.locale()), date,
								"quizzes/" + item.id()));
					}
				}
			}
		}
		return reminders;
	}

}
