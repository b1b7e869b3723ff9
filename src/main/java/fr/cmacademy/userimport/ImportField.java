package fr.cmacademy.userimport;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The account fields a column can fill, with the header names (French and English,
 * compared without case, accents, spaces or punctuation) that select them automatically.
 */
public enum ImportField {

	USERNAME(List.of("username", "user", "login", "userid", "identifiant", "nomdutilisateur", "utilisateur", "pseudo")),
	EMAIL(List.of("email", "mail", "emailaddress", "courriel", "adresseemail", "adressemail", "adressecourriel")),
	DISPLAY_NAME(List.of("displayname", "name", "fullname", "nomcomplet", "nomaffiche", "prenometnom", "nometprenom")),
	FIRST_NAME(List.of("firstname", "givenname", "forename", "prenom")),
	LAST_NAME(List.of("lastname", "surname", "familyname", "nom", "nomdefamille")),
	LANGUAGE(List.of("language", "lang", "locale", "langue")), ROLES(List.of("role", "roles", "profile", "profil")),
	COHORT(List.of("cohort", "cohortcode", "cohorte", "codecohorte", "promotion", "codepromotion", "promo", "group",
			"groupe")),
	PASSWORD(List.of("password", "motdepasse", "mdp", "pass"));

	private final List<String> aliases;

	ImportField(List<String> aliases) {
		this.aliases = aliases;
	}

	/** The translation key of the field's name. */
	public String labelKey() {
		return "userimport.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	boolean matches(String header) {
		return aliases.contains(normalise(header));
	}

	static String normalise(String header) {
		String folded = Normalizer.normalize(header.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return folded.replaceAll("[^a-z0-9]", "");
	}

}
