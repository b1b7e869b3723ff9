/**
 * Scenario screens: the scenario page, the player for each kind of community, and the
 * debrief.
 */
@NullMarked
package fr.cmacademy.scenario.ui;

import org.jspecify.annotations.NullMarked;
