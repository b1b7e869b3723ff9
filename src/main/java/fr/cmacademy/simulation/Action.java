package fr.cmacademy.simulation;

import fr.cmacademy.simulation.model.ActionType;

/**
 * What a learner does in a run. Actions are the only input of a run besides its seed:
 * storing them in order (see {@link ActionCodec}) is enough to rebuild the run.
 */
public sealed interface Action {

	/** Picks a written option of the active decision. */
	record Choose(String decision, String option) implements Action {
	}

	/**
	 * Answers the active decision with a free-text option.
	 *
	 * @param language {@code fr} or {@code en}: the language the text is checked in
	 */
	record Write(String decision, String option, String text, String language) implements Action {
	}

	/** Decides on one moderation queue item. */
	record Moderate(String item, ActionType action) implements Action {
	}

	/**
	 * Answers an analytics question (may be changed until the run finishes).
	 *
	 * @param value a number ("4.9", "4,9 %"), an option id, "day:17" or "post:p12", or a
	 * text
	 */
	record Answer(String question, String value, String language) implements Action {
	}

	/** Submits a draft for a writing target (a new draft replaces the previous one). */
	record Submit(String target, String text, String altText, String language) implements Action {
	}

	/**
	 * Lets simulated time pass: {@code minutes}, or with 0 until the next event or
	 * deadline.
	 */
	record Wait(int minutes) implements Action {
	}

	/** Ends the run now (for analytics and writing: submits the answers). */
	record Finish() implements Action {
	}

}
