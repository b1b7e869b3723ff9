package fr.cmacademy.scenario.ui;

import fr.cmacademy.simulation.Action;

/**
 * Sends a learner's action to the server. The player behind it states the log position
 * the page saw, shows a notice when another tab acted first or the engine refused, and
 * then calls {@link RunPanel#show} with the run as it is now.
 */
@FunctionalInterface
interface Actor {

	void act(Action action);

}
