package fr.cmacademy.question;

import java.util.Locale;
import java.util.Objects;

/**
 * The French and English versions of one bank question: same id, same type, same answers
 * in the same order with the same weights (see {@link BankPairing}), so that a
 * {@link Response} given in one language grades the same in the other.
 */
public record BilingualQuestion(Question fr, Question en) {

	public BilingualQuestion {
		Objects.requireNonNull(fr, "fr");
		Objects.requireNonNull(en, "en");
		if (fr.idNumber() == null || !fr.idNumber().equals(en.idNumber())) {
			throw new IllegalArgumentException(
					"the two versions need the same id: " + fr.idNumber() + " and " + en.idNumber());
		}
		if (fr.type() != en.type()) {
			throw new IllegalArgumentException(
					"question " + fr.idNumber() + " is " + fr.type() + " in French but " + en.type() + " in English");
		}
	}

	/** The French version for French locales, the English one otherwise. */
	public Question in(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? fr : en;
	}

	/** The id both versions share. */
	public String id() {
		return Objects.requireNonNull(fr.idNumber());
	}

	public QuestionType type() {
		return fr.type();
	}

	public String category() {
		return fr.category();
	}

}
