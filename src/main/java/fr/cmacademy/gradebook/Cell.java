package fr.cmacademy.gradebook;

import org.jspecify.annotations.Nullable;

/**
 * One learner's standing on one activity.
 *
 * @param percent the grade (quiz per its grading method, best finished run, released
 * assignment grade); null when none counts yet
 * @param passed null when not graded
 * @param late the work was handed in after the activity's deadline
 */
public record Cell(Status status, @Nullable Double percent, @Nullable Boolean passed, boolean late) {

	/** Where the learner stands, as the gradebook shows it. */
	public enum Status {

		/** Nothing started. */
		NOT_STARTED,
		/** An attempt or run is open, or an assignment draft is being written. */
		IN_PROGRESS,
		/**
		 * Handed in, waiting for a trainer's grade (assignment, essay, reviewed replies).
		 */
		AWAITING_GRADE,
		/** Graded: {@link Cell#percent()} and {@link Cell#passed()} are set. */
		GRADED,
		/** The deadline passed with nothing handed in. */
		MISSED

	}

	public static final Cell NOT_STARTED = new Cell(Status.NOT_STARTED, null, null, false);

}
