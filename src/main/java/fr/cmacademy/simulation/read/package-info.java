/**
 * The parts of {@code ScenarioReader}: one reader per section of a scenario file, sharing
 * a {@link fr.cmacademy.simulation.read.Reading} context that records every problem with
 * its line, the ids each section declares and the references to check once all of them
 * are known. Public only so that the reader in the parent package can call it.
 */
@NullMarked
package fr.cmacademy.simulation.read;

import org.jspecify.annotations.NullMarked;
