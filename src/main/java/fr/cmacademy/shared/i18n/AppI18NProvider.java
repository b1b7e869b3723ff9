package fr.cmacademy.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations_fr.properties} and
 * {@code translations_en.properties}. Unlike the default provider it never falls back to
 * another language: a key missing in one file shows as {@code !key!} on screen (and
 * {@code I18nKeysTest} fails), instead of silently showing the other language.
 */
@Component
public class AppI18NProvider implements I18NProvider {

	public static final Locale FRENCH = Locale.FRENCH;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);

	static final String BUNDLE = "vaadin-i18n/translations";

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		try {
			String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
		}
		catch (MissingResourceException ex) {
			return "!" + key + "!";
		}
	}

	/**
	 * The supported locale closest to the given one: French for any French variant,
	 * English otherwise.
	 */
	public static Locale supported(Locale locale) {
		return locale != null && FRENCH.getLanguage().equals(locale.getLanguage()) ? FRENCH : ENGLISH;
	}

}
