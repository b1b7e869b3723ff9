package fr.cmacademy.simulation.model;

/** The kinds of item in a thread or feed; a shock shows a notice instead of a text. */
public enum EventType {

	POST, COMMENT, DM, REPORT, MENTION, SHOCK

}
