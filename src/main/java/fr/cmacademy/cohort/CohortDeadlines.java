package fr.cmacademy.cohort;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.cmacademy.cohort.internal.CohortRepository;
import fr.cmacademy.cohort.internal.ReminderRepository;
import fr.cmacademy.cohort.internal.ReminderRepository.DueCohort;
import fr.cmacademy.cohort.internal.ReminderRepository.Learner;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.notification.DeadlineSource;
import fr.cmacademy.notification.NotificationKinds;

/**
 * Cohort deadlines as reminders: when a cohort's deadline is near, each current learner
 * who has not finished one of the cohort's programmes (every required item of every
 * module done) is reminded of it, once per programme and deadline. Moving the deadline
 * reminds again; archived cohorts remind nobody.
 */
@Component
class CohortDeadlines implements DeadlineSource {

	/** The platform's reference zone for deadlines (as the pages show them). */
	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final ReminderRepository reminders;

	private final CohortRepository cohorts;

	private final ContentCatalog content;

	CohortDeadlines(ReminderRepository reminders, CohortRepository cohorts, ContentCatalog content) {
		this.reminders = reminders;
		this.cohorts = cohorts;
		this.content = content;
	}

	@Override
	public List<Reminder> due(Instant now, Instant horizon) {
		List<Reminder> due = new ArrayList<>();
		for (DueCohort cohort : reminders.due(now, horizon)) {
			for (CohortProgramme followed : cohorts.programmes(cohort.id())) {
				Optional<ProgrammeEntry> programme = content.catalog().programme(followed.programmeId());
				if (programme.isEmpty()) {
					continue;
				}
				List<String> required = programme.get()
					.modules()
					.stream()
					.flatMap(m -> m.items().stream().filter(i -> m.requires(i.id())))
					.map(i -> i.id())
					.toList();
				if (required.isEmpty()) {
					continue;
				}
				String key = "cohort:" + cohort.id() + ":" + followed.programmeId() + ":"
						+ cohort.deadline().getEpochSecond();
				for (Learner learner : reminders.unfinished(cohort.id(), required,
						NotificationKinds.COHORT_DEADLINE + ":" + key)) {
					String date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
						.withLocale(learner.locale())
						.withZone(PARIS)
						.format(cohort.deadline());
					due.add(new Reminder(NotificationKinds.COHORT_DEADLINE, learner.userId(), key,
							programme.get().title().in(learner.locale()), date, "learning"));
				}
			}
		}
		return due;
	}

}
