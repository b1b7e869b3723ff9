package fr.cmacademy.scenario.ui;

import java.text.Normalizer;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import fr.cmacademy.shared.ui.PageLocale;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The words the scenario screens share: simulated times, people's names and handles,
 * option labels and action names, in the page's language.
 */
final class SimText {

	private SimText() {
	}

	/** The page's language (a component's own getter is protected). */
	static Locale locale(Component owner) {
		return PageLocale.of(owner);
	}

	/** Simulated minutes since the start as a clock, e.g. {@code 1:05}. */
	static String clock(int minutes) {
		return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
	}

	/** How long ago something appeared, in simulated time. */
	static String ago(Component owner, int at, int now) {
		int minutes = Math.max(0, now - at);
		if (minutes == 0) {
			return owner.getTranslation("scenario.time.now");
		}
		if (minutes < 60) {
			return owner.getTranslation("scenario.time.minutes-ago", minutes);
		}
		return owner.getTranslation("scenario.time.hours-ago", minutes / 60, minutes % 60);
	}

	static String name(Scenario scenario, String personaId) {
		if (Persona.BRAND.equals(personaId)) {
			return scenario.brand().name();
		}
		return scenario.persona(personaId).map(Persona::name).orElse(personaId);
	}

	/** The brand's handle, or one made from a persona's name (personas have none). */
	static String handle(Scenario scenario, String personaId) {
		if (Persona.BRAND.equals(personaId)) {
			return scenario.brand().handle();
		}
		String plain = Normalizer.normalize(name(scenario, personaId), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]", "");
		return "@" + (plain.isEmpty() ? personaId : plain);
	}

	static String archetype(Component owner, Persona.Archetype archetype) {
		return owner.getTranslation("scenario.archetype." + key(archetype.name()));
	}

	static String action(Component owner, ActionType action) {
		return owner.getTranslation("scenario.action." + key(action.name()));
	}

	/**
	 * The option's own label, else its action and what it acts on (a person's name or the
	 * start of the text).
	 */
	static String option(Component owner, Scenario scenario, Option option) {
		Locale locale = SimText.locale(owner);
		if (option.label() != null) {
			return option.label().in(locale);
		}
		String action = action(owner, option.action());
		if (option.target() != null) {
			var event = scenario.conversation().event(option.target());
			if (event.isPresent() && !Persona.BRAND.equals(event.get().persona())) {
				return action + " · " + name(scenario, event.get().persona());
			}
		}
		if (option.text() != null) {
			String text = option.text().in(locale);
			return action + " · " + (text.length() > 48 ? text.substring(0, 47) + "…" : text);
		}
		return action;
	}

	static String key(String enumName) {
		return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
