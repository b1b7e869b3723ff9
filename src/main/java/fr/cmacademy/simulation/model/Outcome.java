package fr.cmacademy.simulation.model;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/** How a run ends: the first outcome whose condition holds; the last may have none. */
public record Outcome(String id, @Nullable Condition when, Text title, Text text) {

}
