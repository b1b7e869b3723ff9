package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Instant checks on a text the learner writes: length, cues it must contain, faults it
 * must avoid, a tone estimate and the author's own phrases.
 */
public record Checks(@Nullable Integer minLength, @Nullable Integer maxLength, List<Cue> require, List<Fault> forbid,
		@Nullable Double toneAtLeast, @Nullable Double toneAtMost, List<String> requireFr, List<String> requireEn,
		List<String> forbidFr, List<String> forbidEn) {

	public static final Checks NONE = new Checks(null, null, List.of(), List.of(), null, null, List.of(), List.of(),
			List.of(), List.of());

	/** What a good reply contains (built-in French and English lexicons). */
	public enum Cue {

		ACKNOWLEDGE, APOLOGISE, NEXT_STEP, THANKS, GREETING, CALL_TO_ACTION, EMPATHY

	}

	/** What a reply must avoid. */
	public enum Fault {

		INSULT, BLAME, SARCASM, PERSONAL_DATA, ALL_CAPS, EXCESSIVE_PUNCTUATION, FORBIDDEN_PROMISES

	}

	public List<String> requiredPhrases(Locale language) {
		return "fr".equals(language.getLanguage()) ? requireFr : requireEn;
	}

	public List<String> forbiddenPhrases(Locale language) {
		return "fr".equals(language.getLanguage()) ? forbidFr : forbidEn;
	}

}
