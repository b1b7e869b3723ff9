package fr.cmacademy.scenario;

/** A learner started a run of a scenario (the version they keep until it ends). */
public record ScenarioStarted(long userId, String scenarioId, int scenarioVersion, long runId) {
}
