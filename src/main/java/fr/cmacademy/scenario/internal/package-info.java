/**
 * Scenario storage: run rows, the append-only action log, parsed scenario versions.
 */
@NullMarked
package fr.cmacademy.scenario.internal;

import org.jspecify.annotations.NullMarked;
