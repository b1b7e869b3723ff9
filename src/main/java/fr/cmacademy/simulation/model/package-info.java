/**
 * The scenario model: immutable records for one scenario file (header, brand brief,
 * personas, metrics, conditions, effects and the body of each kind), as the
 * {@code ScenarioReader} builds them and the engine plays them. No behaviour beyond small
 * lookups, so the reader, the engine and the checks can share it.
 */
@NullMarked
package fr.cmacademy.simulation.model;

import org.jspecify.annotations.NullMarked;
