package fr.cmacademy.simulation.model;

/** The fictional brand whose account the learner runs. */
public record Brand(String name, String handle, Platform platform, Brief brief) {

}
