package fr.cmacademy.notification;

import java.time.Instant;
import java.util.List;

/**
 * Something with deadlines learners should be reminded of. {@link DeadlineReminders} asks
 * every source for the reminders due; quiz close dates are the first source, cohort
 * deadlines can be another bean implementing this.
 */
interface DeadlineSource {

	/**
	 * The reminders for deadlines between {@code now} and {@code horizon}, for learners
	 * who still have something to do (the job sends each {@link Reminder#onceKey()} at
	 * most once per user).
	 */
	List<Reminder> due(Instant now, Instant horizon);

	/**
	 * One learner to remind of one deadline.
	 *
	 * @param onceKey what makes it happen once per user ({@code quiz:<id>})
	 * @param title the activity's title, in the learner's language
	 * @param date when it closes, as text in the learner's language
	 * @param link where to go, inside the application
	 */
	record Reminder(long userId, String onceKey, String title, String date, String link) {
	}

}
