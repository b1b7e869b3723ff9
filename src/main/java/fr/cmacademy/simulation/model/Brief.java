package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Locale;

import fr.cmacademy.shared.Text;

/**
 * The brand's instructions to its community manager: tone of voice, charter, what may be
 * shared, what must be escalated and the promises nobody may make.
 */
public record Brief(Text tone, List<Text> charter, List<Text> mayShare, List<Text> mustEscalate,
		List<String> forbiddenPromisesFr, List<String> forbiddenPromisesEn) {

	/** A brief with no rules, for checks run outside a scenario. */
	public static final Brief NONE = new Brief(new Text("", ""), List.of(), List.of(), List.of(), List.of(), List.of());

	public List<String> forbiddenPromises(Locale language) {
		return "fr".equals(language.getLanguage()) ? forbiddenPromisesFr : forbiddenPromisesEn;
	}

}
