package fr.cmacademy.simulation.model;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * Someone in the simulated community. {@code influence} (1–5) scales the metric effects
 * of what they post: 3 is neutral.
 */
public record Persona(String id, String name, @Nullable String avatar, Archetype archetype, int influence,
		Temperament temperament, @Nullable Text bio) {

	/** The id events use for posts by the learner's brand account. */
	public static final String BRAND = "brand";

	public enum Archetype {

		FAN, UNHAPPY_CUSTOMER, TROLL, SPAMMER, JOURNALIST, INFLUENCER, COLLEAGUE

	}

	public enum Temperament {

		CALM, VOLATILE, HOSTILE, SUPPORTIVE

	}

}
