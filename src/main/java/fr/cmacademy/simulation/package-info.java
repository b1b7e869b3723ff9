/**
 * The pure, deterministic scenario core: reading scenario files with every problem and
 * its line ({@link fr.cmacademy.simulation.ScenarioReader}), playing a run from a seed
 * and a list of actions ({@link fr.cmacademy.simulation.Simulation}), encoding those
 * actions for an append-only log ({@link fr.cmacademy.simulation.ActionCodec}) and
 * scoring a run for its debrief ({@link fr.cmacademy.simulation.Scoring}). No Spring, no
 * database, no UI: the same scenario, seed and actions always give the same state, log
 * and score.
 */
@NullMarked
package fr.cmacademy.simulation;

import org.jspecify.annotations.NullMarked;
