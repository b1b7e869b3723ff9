package fr.cmacademy.notification;

import java.util.List;

/**
 * The kinds of notification that have texts, with the arguments each expects.
 */
public final class NotificationKinds {

	/** A trainer released a grade. Args: activity title, points, maximum points. */
	public static final String GRADE_RELEASED = "grade-released";

	/** A certificate was issued. Args: programme title. */
	public static final String CERTIFICATE_ISSUED = "certificate-issued";

	/** An activity closes soon. Args: activity title, closing date as text. */
	public static final String DEADLINE_SOON = "deadline-soon";

	/**
	 * A cohort's deadline is near and a programme it follows is not finished. Args:
	 * programme title, deadline as text.
	 */
	public static final String COHORT_DEADLINE = "cohort-deadline";

	public static final List<String> ALL = List.of(GRADE_RELEASED, CERTIFICATE_ISSUED, DEADLINE_SOON, COHORT_DEADLINE);

	private NotificationKinds() {
	}

	static void check(String kind) {
		if (!ALL.contains(kind)) {
			throw new IllegalArgumentException("Unknown notification kind: " + kind);
		}
	}

}
