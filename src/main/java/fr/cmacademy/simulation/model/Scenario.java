package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Optional;

import fr.cmacademy.shared.Text;

/**
 * One scenario file: the common header and the body of its kind.
 *
 * @param passScore percent of the maximum score needed to pass
 * @param seedVariants whether the run seed picks text variants and jitters times
 * @param outcomes how a run ends; required for conversations, optional otherwise
 */
public record Scenario(String id, Kind kind, Text title, Text summary, int minutes, int passScore, boolean seedVariants,
		Brand brand, List<Persona> personas, List<Metric> metrics, List<String> flags, List<Outcome> outcomes,
		Body body) {

	/** What differs between kinds. */
	public sealed interface Body permits Conversation, Moderation, Analytics, Writing {

	}

	public Optional<Persona> persona(String personaId) {
		return personas.stream().filter(p -> p.id().equals(personaId)).findFirst();
	}

	public Optional<Metric> metric(String metricId) {
		return metrics.stream().filter(m -> m.id().equals(metricId)).findFirst();
	}

	/** The body of a conversation scenario; fails for other kinds. */
	public Conversation conversation() {
		return (Conversation) body;
	}

	public Moderation moderation() {
		return (Moderation) body;
	}

	public Analytics analytics() {
		return (Analytics) body;
	}

	public Writing writing() {
		return (Writing) body;
	}

}
