package fr.cmacademy.simulation.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.model.Brief;
import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Checks.Cue;
import fr.cmacademy.simulation.model.Checks.Fault;

import static fr.cmacademy.simulation.checks.Labels.join;
import static fr.cmacademy.simulation.checks.Labels.same;

/**
 * Runs the checks an author configured on a learner's text, in a fixed order: length,
 * required cues, forbidden faults, tone, then the author's phrases. Pure and
 * deterministic; nothing here throws on odd input.
 */
public final class ReplyChecks {

	private ReplyChecks() {
	}

	public static List<CheckResult> check(String text, Locale language, Checks config, Brief brief) {
		Normalized normalized = Normalized.of(text);
		List<CheckResult> results = new ArrayList<>();
		if (config.minLength() != null || config.maxLength() != null) {
			results.add(length(text, config.minLength(), config.maxLength()));
		}
		for (Cue cue : config.require()) {
			results.add(cue(normalized, cue, language));
		}
		for (Fault fault : config.forbid()) {
			results.add(fault(normalized, fault, language, brief.forbiddenPromises(language)));
		}
		if (config.toneAtLeast() != null || config.toneAtMost() != null) {
			results.add(tone(normalized, language, config.toneAtLeast(), config.toneAtMost()));
		}
		if (!config.requiredPhrases(language).isEmpty()) {
			results.add(requiredPhrases(normalized, config.requiredPhrases(language)));
		}
		if (!config.forbiddenPhrases(language).isEmpty()) {
			List<Finding> found = Matching.phrases(normalized, config.forbiddenPhrases(language));
			results.add(new CheckResult("phrases.forbid", found.isEmpty(), found,
					found.isEmpty() ? new Text("Aucune expression à éviter.", "No phrase to avoid.")
							: join(new Text("Expression à éviter : ", "Phrase to avoid: "), Labels.where(found),
									new Text(". Reformulez.", ". Rephrase it."))));
		}
		return List.copyOf(results);
	}

	/**
	 * A lexicon estimate of the tone in [-1, 1]: (positive − negative) / (positive +
	 * negative + 1), where insults count twice and sarcasm, shouting and excessive
	 * punctuation count as negative.
	 */
	public static double tone(String text, Locale language) {
		return toneOf(Normalized.of(text), language).value();
	}

	private record Tone(double value, List<Finding> negative) {
	}

	private static Tone toneOf(Normalized text, Locale language) {
		int positive = Matching.phrases(text, Lexicon.POSITIVE).size();
		List<Finding> negative = new ArrayList<>(Matching.phrases(text, Lexicon.NEGATIVE));
		List<Finding> insults = Matching.phrases(text, Lexicon.insults(language));
		negative.addAll(insults);
		negative.addAll(Matching.phrases(text, Lexicon.SARCASM));
		negative.addAll(Matching.shouting(text.original()));
		negative.addAll(Matching.fault(text, Fault.EXCESSIVE_PUNCTUATION, language, List.of()));
		List<Finding> distinct = Matching.withoutOverlaps(negative);
		double weight = distinct.size() + insults.size();
		double value = (positive - weight) / (positive + weight + 1);
		return new Tone(Math.round(value * 100) / 100.0, distinct);
	}

	static int length(String text) {
		return text.strip().codePointCount(0, text.strip().length());
	}

	static CheckResult length(String text, @Nullable Integer min, @Nullable Integer max) {
		int length = length(text);
		if (min != null && length < min) {
			return new CheckResult("length", false, List.of(),
					new Text("Trop court : " + length + " caractères, au moins " + min + " attendus.",
							"Too short: " + length + " characters, at least " + min + " expected."));
		}
		if (max != null && length > max) {
			return new CheckResult("length", false, List.of(),
					new Text("Trop long : " + length + " caractères, " + max + " au maximum : raccourcissez.",
							"Too long: " + length + " characters, " + max + " at most: shorten it."));
		}
		return new CheckResult("length", true, List.of(),
				new Text("Longueur : " + length + " caractères.", "Length: " + length + " characters."));
	}

	static CheckResult cue(Normalized text, Cue cue, Locale language) {
		List<Finding> found = Matching.phrases(text, Lexicon.cue(cue, language));
		Text label = new Text(Labels.cue(cue).fr() + " : ", Labels.cue(cue).en() + ": ");
		String id = "require." + cue.name().toLowerCase(Locale.ROOT);
		if (found.isEmpty()) {
			return new CheckResult(id, false, found,
					join(label, new Text("rien trouvé. Par exemple : ", "nothing found. For example: "),
							Labels.example(cue), same(".")));
		}
		return new CheckResult(id, true, found, join(label, Labels.where(found), same(".")));
	}

	static CheckResult fault(Normalized text, Fault fault, Locale language, List<String> forbiddenPromises) {
		List<Finding> found = Matching.fault(text, fault, language, forbiddenPromises);
		Text label = new Text(Labels.fault(fault).fr() + " : ", Labels.fault(fault).en() + ": ");
		String id = "forbid." + fault.name().toLowerCase(Locale.ROOT);
		if (found.isEmpty()) {
			return new CheckResult(id, true, found, join(label, new Text("rien trouvé.", "none found.")));
		}
		return new CheckResult(id, false, found, join(label, Labels.where(found), same(". "), Labels.fix(fault)));
	}

	private static CheckResult tone(Normalized text, Locale language, @Nullable Double atLeast,
			@Nullable Double atMost) {
		Tone tone = toneOf(text, language);
		Text value = join(new Text("Ton estimé : ", "Estimated tone: "), Labels.number(tone.value()));
		if (atLeast != null && tone.value() < atLeast) {
			Text why = tone.negative().isEmpty() ? same("") : join(new Text(" Mots en cause : ", " Words involved: "),
					Labels.where(tone.negative()), same("."));
			return new CheckResult("tone", false, tone.negative(),
					join(value, new Text(", au moins ", ", at least "), Labels.number(atLeast),
							new Text(" attendu : adoucissez le message.", " expected: soften the message."), why));
		}
		if (atMost != null && tone.value() > atMost) {
			return new CheckResult("tone", false, List.of(),
					join(value, new Text(", au plus ", ", at most "), Labels.number(atMost),
							new Text(" attendu : un ton plus sobre convient mieux.",
									" expected: a more sober tone fits better.")));
		}
		return new CheckResult("tone", true, List.of(), join(value, same(".")));
	}

	private static CheckResult requiredPhrases(Normalized text, List<String> phrases) {
		List<Finding> found = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String phrase : phrases) {
			List<Finding> hits = Matching.phrases(text, List.of(phrase));
			if (hits.isEmpty()) {
				missing.add(phrase);
			}
			found.addAll(hits);
		}
		List<Finding> where = Matching.withoutOverlaps(found);
		if (missing.isEmpty()) {
			return new CheckResult("phrases.require", true, where,
					join(new Text("Expressions attendues : ", "Expected phrases: "), Labels.where(where), same(".")));
		}
		String fr = String.join(", ", missing.stream().map(p -> "« " + p + " »").toList());
		String en = String.join(", ", missing.stream().map(p -> "“" + p + "”").toList());
		return new CheckResult("phrases.require", false, where,
				new Text("Expression attendue absente : " + fr + ".", "Expected phrase missing: " + en + "."));
	}

}
