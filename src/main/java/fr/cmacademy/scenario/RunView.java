package fr.cmacademy.scenario;

import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Scenario;

/**
 * A run as the player shows it: its state replayed from the log, and how many actions the
 * log holds ({@code seq}, which the next action must state).
 */
public record RunView(RunSummary run, Scenario scenario, RunState state, int seq) {
}
