package fr.cmacademy.shared;

import java.util.Locale;

/**
 * A text a learner sees, in French and English.
 */
public record Text(String fr, String en) {

	public String in(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? fr : en;
	}

}
