package fr.cmacademy.simulation.checks;

/**
 * Where a check found something: character offsets {@code [start, end)} in the text the
 * learner wrote, and that part of the text.
 */
public record Finding(int start, int end, String excerpt) {

}
