package fr.cmacademy.scenario.ui;

import com.vaadin.flow.component.Component;

import fr.cmacademy.scenario.RunView;

/**
 * The part of the player that shows one kind of community (a thread, a moderation queue,
 * a dashboard, a writing brief) and turns the learner's clicks into actions. The player
 * around it shows the clock, the metrics and the end of the run.
 */
interface RunPanel {

	Component component();

	/** Shows the run as it is now (after any action, or a reload). */
	void show(RunView view);

}
