package fr.cmacademy.grading;

/** Where a piece of work stands with its grade. */
public enum GradeState {

	/** Submitted, not graded yet. */
	WAITING,
	/** Graded, not visible to the learner yet. */
	DRAFT,
	/** Visible to the learner. */
	RELEASED

}
