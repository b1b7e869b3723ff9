package fr.cmacademy.simulation.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cmacademy.simulation.model.Checks.Fault;

/**
 * Finds lexicon phrases and patterns in a text. Compiled phrases are cached because the
 * same lexicons are used for every reply.
 */
final class Matching {

	private static final Map<String, Pattern> PHRASES = new ConcurrentHashMap<>();

	private static final Pattern EMAIL = Pattern
		.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

	private static final Pattern PHONE_FR = Pattern
		.compile("(?<![\\d+])(?:\\+33\\s?(?:\\(0\\))?\\s?|0033\\s?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)");

	private static final Pattern PHONE_INTL = Pattern
		.compile("(?<![\\p{L}\\p{N}+])\\+\\d{1,3}(?:[\\s.-]?\\d){7,12}(?!\\d)");

	/** Country code, check digits, then groups; must hold at least ten digits. */
	private static final Pattern IBAN = Pattern
		.compile("(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}])");

	private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d{4}([ -]?)\\d{4}\\1\\d{4}\\1\\d{4}(?!\\d)");

	private static final Pattern PUNCTUATION = Pattern.compile("[!?]{3,}|!{2,}|\\?{2,}|\\.{4,}");

	private static final Pattern WORD = Pattern.compile("(?<![@#\\p{L}\\p{N}])[\\p{L}\\p{N}]+");

	private Matching() {
	}

	/** Every match of any of the phrases, in text order, without overlaps. */
	static List<Finding> phrases(Normalized text, List<String> phrases) {
		List<Finding> found = new ArrayList<>();
		for (String phrase : phrases) {
			if (!phrase.isBlank()) {
				found.addAll(text.find(PHRASES.computeIfAbsent(phrase, Normalized::phrase)));
			}
		}
		return withoutOverlaps(found);
	}

	static List<Finding> fault(Normalized text, Fault fault, Locale language, List<String> forbiddenPromises) {
		return switch (fault) {
			case INSULT -> phrases(text, Lexicon.insults(language));
			case BLAME -> phrases(text, Lexicon.blame(language));
			case SARCASM -> phrases(text, Lexicon.SARCASM);
			case PERSONAL_DATA -> personalData(text.original());
			case ALL_CAPS -> shouting(text.original());
			case EXCESSIVE_PUNCTUATION -> find(text.original(), PUNCTUATION);
			case FORBIDDEN_PROMISES -> phrases(text, forbiddenPromises);
		};
	}

	static List<Finding> personalData(String text) {
		List<Finding> found = new ArrayList<>();
		found.addAll(find(text, EMAIL));
		found.addAll(find(text, PHONE_FR));
		found.addAll(find(text, PHONE_INTL));
		found.addAll(find(text, CARD));
		for (Finding candidate : find(text, IBAN)) {
			if (candidate.excerpt().chars().filter(Character::isDigit).count() >= 10) {
				found.add(candidate);
			}
		}
		return withoutOverlaps(found);
	}

	/**
	 * Words written in capitals: four letters or more, or shorter ones next to another
	 * word in capitals ("C'EST NUL"); known acronyms, handles and hashtags excepted.
	 */
	static List<Finding> shouting(String text) {
		List<Finding> words = find(text, WORD);
		boolean[] caps = new boolean[words.size()];
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i).excerpt();
			caps[i] = word.codePoints().filter(Character::isLetter).count() >= 2
					&& word.codePoints().noneMatch(Character::isLowerCase) && !Lexicon.ACRONYMS.contains(word);
		}
		List<Finding> found = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!caps[i]) {
				continue;
			}
			long letters = words.get(i).excerpt().codePoints().filter(Character::isLetter).count();
			if (letters >= 4 || (i > 0 && caps[i - 1]) || (i + 1 < words.size() && caps[i + 1])) {
				found.add(words.get(i));
			}
		}
		return found;
	}

	static List<Finding> find(String text, Pattern pattern) {
		List<Finding> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(new Finding(matcher.start(), matcher.end(), matcher.group()));
		}
		return found;
	}

	/** Keeps the longest finding where several overlap, in text order. */
	static List<Finding> withoutOverlaps(List<Finding> findings) {
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparingInt(Finding::start)
			.thenComparing(Comparator.comparingInt(Finding::end).reversed()));
		List<Finding> kept = new ArrayList<>();
		int reached = -1;
		for (Finding finding : sorted) {
			if (finding.start() >= reached) {
				kept.add(finding);
				reached = finding.end();
			}
		}
		return kept;
	}

}
