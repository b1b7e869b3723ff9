package fr.cmacademy.simulation.model;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/** A picture from the scenario's {@code assets/} folder, with its alternative text. */
public record Image(String file, @Nullable Text alt) {

}
