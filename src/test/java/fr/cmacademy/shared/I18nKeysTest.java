package fr.cmacademy.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import fr.cmacademy.shared.i18n.AppI18NProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI text exists in both languages, and the provider never falls back from one to
 * the other.
 */
class I18nKeysTest {

	@Test
	void french_and_english_have_the_same_keys() throws IOException {
		Set<String> fr = keys("fr");
		Set<String> en = keys("en");
		assertThat(difference(fr, en)).as("keys only in French").isEmpty();
		assertThat(difference(en, fr)).as("keys only in English").isEmpty();
	}

	@Test
	void no_translation_is_empty() throws IOException {
		for (String lang : new String[] { "fr", "en" }) {
			Properties props = load(lang);
			for (String key : props.stringPropertyNames()) {
				assertThat(props.getProperty(key).strip()).as(lang + ": " + key).isNotEmpty();
			}
		}
	}

	@Test
	void provider_translates_and_formats_in_each_language() {
		AppI18NProvider provider = new AppI18NProvider();
		assertThat(provider.getTranslation("shell.logout", Locale.FRENCH)).isEqualTo("Se déconnecter");
		assertThat(provider.getTranslation("shell.logout", Locale.ENGLISH)).isEqualTo("Log out");
		assertThat(provider.getTranslation("learning.home.greeting", Locale.CANADA_FRENCH, "Léa"))
			.isEqualTo("Bienvenue, Léa.");
		assertThat(provider.getTranslation("shell.logout", Locale.GERMAN)).isEqualTo("Log out");
		assertThat(provider.getTranslation("catalog.items", Locale.FRENCH, 1)).isEqualTo("1 étape");
		assertThat(provider.getTranslation("catalog.items", Locale.FRENCH, 5)).isEqualTo("5 étapes");
		assertThat(provider.getTranslation("catalog.items", Locale.ENGLISH, 1)).isEqualTo("1 item");
		assertThat(provider.getTranslation("platform.content.ok", Locale.FRENCH, "22 nov. 2026", 1, 1, 5, 0, 29))
			.isEqualTo("Dernier chargement le 22 nov. 2026 : 1 parcours, 1 module, 5 étapes (aucune nouvelle version)"
					+ " en 29 ms.");
	}

	@Test
	void a_missing_key_is_visible_instead_of_silently_falling_back() {
		assertThat(new AppI18NProvider().getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key!");
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Set<String> keys(String lang) throws IOException {
		return new TreeSet<>(load(lang).stringPropertyNames());
	}

	private static Properties load(String lang) throws IOException {
		Properties props = new Properties();
		try (var in = I18nKeysTest.class.getResourceAsStream("/vaadin-i18n/translations_" + lang + ".properties")) {
			assertThat(in).as("translations_" + lang).isNotNull();
			props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return props;
	}

}
