package fr.cmacademy.simulation.checks;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.model.Checks.Cue;
import fr.cmacademy.simulation.model.Checks.Fault;

/**
 * The learner-facing words of the checks: what each cue and fault is called, an example
 * of a cue and how to fix a fault, in French and English.
 */
final class Labels {

	private Labels() {
	}

	static Text cue(Cue cue) {
		return switch (cue) {
			case ACKNOWLEDGE -> new Text("Reconnaître le problème", "Acknowledge the problem");
			case APOLOGISE -> new Text("Présenter des excuses", "Apologise");
			case NEXT_STEP -> new Text("Annoncer la suite", "Announce the next step");
			case THANKS -> new Text("Remercier", "Thank");
			case GREETING -> new Text("Saluer", "Greet");
			case CALL_TO_ACTION -> new Text("Appel à l’action", "Call to action");
			case EMPATHY -> new Text("Montrer de l’empathie", "Show empathy");
		};
	}

	static Text example(Cue cue) {
		return switch (cue) {
			case ACKNOWLEDGE -> new Text("« je comprends votre agacement »", "“I understand your frustration”");
			case APOLOGISE -> new Text("« nous sommes désolés pour ce retard »", "“we’re sorry for the delay”");
			case NEXT_STEP -> new Text("« nous revenons vers vous en message privé d’ici ce soir »",
					"“we’ll get back to you by private message tonight”");
			case THANKS -> new Text("« merci pour votre message »", "“thanks for your message”");
			case GREETING -> new Text("« Bonjour Léa »", "“Hi Léa”");
			case CALL_TO_ACTION ->
				new Text("« découvrez la collection (lien en bio) »", "“discover the collection (link in bio)”");
			case EMPATHY ->
				new Text("« j’imagine à quel point c’est frustrant »", "“I can imagine how frustrating this is”");
		};
	}

	static Text fault(Fault fault) {
		return switch (fault) {
			case INSULT -> new Text("Insulte ou grossièreté", "Insult or swearing");
			case BLAME -> new Text("Reproche adressé à la personne", "Blaming the person");
			case SARCASM -> new Text("Sarcasme", "Sarcasm");
			case PERSONAL_DATA -> new Text("Donnée personnelle", "Personal data");
			case ALL_CAPS -> new Text("Majuscules (cri)", "All caps (shouting)");
			case EXCESSIVE_PUNCTUATION -> new Text("Ponctuation excessive", "Excessive punctuation");
			case FORBIDDEN_PROMISES -> new Text("Promesse interdite par le brief", "Promise the brief forbids");
		};
	}

	static Text fix(Fault fault) {
		return switch (fault) {
			case INSULT -> new Text("Retirez-la : on répond aux faits, jamais à la personne.",
					"Remove it: answer the facts, never the person.");
			case BLAME -> new Text("Reformulez sans rejeter la faute sur la personne.",
					"Rephrase without putting the blame on the person.");
			case SARCASM -> new Text("Le second degré se lit mal à l’écrit : retirez-le.",
					"Irony reads badly in writing: remove it.");
			case PERSONAL_DATA -> new Text("Ne publiez jamais de coordonnées : passez en message privé.",
					"Never publish contact or bank details: move to private messages.");
			case ALL_CAPS -> new Text("Écrivez en minuscules : les majuscules se lisent comme un cri.",
					"Write in lower case: capitals read as shouting.");
			case EXCESSIVE_PUNCTUATION -> new Text("Un seul point d’exclamation ou d’interrogation suffit.",
					"One exclamation or question mark is enough.");
			case FORBIDDEN_PROMISES ->
				new Text("Retirez cette promesse : le brief l’interdit.", "Remove this promise: the brief forbids it.");
		};
	}

	/** « excerpt » (position n), … with 1-based positions, as a learner counts. */
	static Text where(List<Finding> findings) {
		String fr = findings.stream()
			.map(f -> "« " + f.excerpt() + " » (position " + (f.start() + 1) + ")")
			.collect(Collectors.joining(", "));
		String en = findings.stream()
			.map(f -> "“" + f.excerpt() + "” (position " + (f.start() + 1) + ")")
			.collect(Collectors.joining(", "));
		return new Text(fr, en);
	}

	static Text join(Text... parts) {
		StringBuilder fr = new StringBuilder();
		StringBuilder en = new StringBuilder();
		for (Text part : parts) {
			fr.append(part.fr());
			en.append(part.en());
		}
		return new Text(fr.toString(), en.toString());
	}

	static Text same(String both) {
		return new Text(both, both);
	}

	static String number(double value, Locale locale) {
		String formatted = String.format(Locale.ROOT, "%.2f", value);
		return "fr".equals(locale.getLanguage()) ? formatted.replace('.', ',') : formatted;
	}

	static Text number(double value) {
		return new Text(number(value, Locale.FRENCH), number(value, Locale.ENGLISH));
	}

}
