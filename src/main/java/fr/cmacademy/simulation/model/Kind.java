package fr.cmacademy.simulation.model;

/** The four kinds of scenario, each with its own body. */
public enum Kind {

	CONVERSATION, MODERATION, ANALYTICS, WRITING

}
