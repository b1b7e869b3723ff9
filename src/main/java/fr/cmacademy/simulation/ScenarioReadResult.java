package fr.cmacademy.simulation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.model.Scenario;

/** The scenario when the file has no problem, and every problem found, by line. */
public record ScenarioReadResult(@Nullable Scenario scenario, List<SimulationProblem> problems) {

	public boolean valid() {
		return problems.isEmpty();
	}

}
