/**
 * Learners' runs of simulated communities. A run is its scenario version, its seed and
 * its append-only action log; the pure engine in {@code fr.cmacademy.simulation} replays
 * them into the same state every time, so an interrupted run resumes exactly and any run
 * can be replayed for its debrief. Publishes
 * {@link fr.cmacademy.scenario.ScenarioStarted} and
 * {@link fr.cmacademy.scenario.ScenarioCompleted}.
 */
@NullMarked
package fr.cmacademy.scenario;

import org.jspecify.annotations.NullMarked;
