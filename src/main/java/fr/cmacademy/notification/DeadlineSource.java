package fr.cmacademy.notification;

import java.time.Instant;
import java.util.List;

/**
 * Something with deadlines learners should be reminded of. {@link DeadlineReminders} asks
 * every source bean for the reminders due: quiz close dates here, cohort deadlines in the
 * cohort feature.
 */
public interface DeadlineSource {

	/**
	 * The reminders for deadlines between {@code now} and {@code horizon}, for learners
	 * who still have something to do (the job sends each {@link Reminder#onceKey()} at
	 * most once per user).
	 */
	List<Reminder> due(Instant now, Instant horizon);

	/**
	 * One learner to remind of one deadline.
	 *
	 * @param kind the notification kind ({@link NotificationKinds#DEADLINE_SOON} or
	 * {@link NotificationKinds#COHORT_DEADLINE}): its texts take the title and the date
	 * @param onceKey what makes it happen once per user ({@code quiz:<id>})
	 * @param title the activity's title, in the learner's language
	 * @param date when it closes, as text in the learner's language
	 * @param link where to go, inside the application
	 */
	record Reminder(String kind, long userId, String onceKey, String title, String date, String link) {

		/** An activity that closes soon ({@link NotificationKinds#DEADLINE_SOON}). */
		public Reminder(long userId, String onceKey, String title, String date, String link) {
			this(NotificationKinds.DEADLINE_SOON, userId, onceKey, title, date, link);
		}

	}

}
