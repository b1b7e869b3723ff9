package fr.cmacademy.question;

/** How a response fared. */
public enum Status {

	/** Full marks (fraction at least 0.999). */
	CORRECT,
	/** Some marks. */
	PARTIAL,
	/** Answered, no marks. */
	INCORRECT,
	/** Nothing answered. */
	NOT_ANSWERED,
	/** An essay waiting for a trainer. */
	NEEDS_GRADING

}
