package fr.cmacademy.scenario;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.model.Scenario;

/** A scenario's page: its brief, the learner's runs, the open one if any. */
public record ScenarioOverview(Scenario scenario, String moduleId, List<RunSummary> runs, @Nullable RunSummary openRun,
		boolean passed) {
}
