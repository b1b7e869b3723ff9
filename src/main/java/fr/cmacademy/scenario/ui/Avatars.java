package fr.cmacademy.scenario.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.Scenario;

/**
 * A person's picture in a thread: the scenario's image when the author gave one, else
 * their initials on a colour of their own. Decorative, since the name is always next to
 * it.
 */
final class Avatars {

	/** Dark enough for white initials (contrast 4.5:1 or more). */
	private static final String[] COLOURS = { "#4338ca", "#0f766e", "#b42318", "#7c3aed", "#9a3412", "#1d4ed8",
			"#be185d", "#166534" };

	private Avatars() {
	}

	static com.vaadin.flow.component.Component of(Scenario scenario, String personaId, boolean small) {
		String file = Persona.BRAND.equals(personaId) ? null
				: scenario.persona(personaId).map(Persona::avatar).orElse(null);
		String size = small ? "avatar--small" : "avatar--normal";
		if (file != null) {
			Image image = new Image(LessonRenderer.ASSET_PATH + scenario.id() + "/" + file, "");
			image.addClassNames("avatar", size);
			image.getElement().setAttribute("aria-hidden", "true");
			return image;
		}
		Span initials = new Span(initials(SimText.name(scenario, personaId)));
		initials.addClassNames("avatar", size);
		if (Persona.BRAND.equals(personaId)) {
			initials.addClassName("avatar--brand");
		}
		else {
			initials.getStyle().set("background", COLOURS[Math.floorMod(personaId.hashCode(), COLOURS.length)]);
		}
		initials.getElement().setAttribute("aria-hidden", "true");
		return initials;
	}

	static String initials(String name) {
		String letters = Arrays.stream(name.split("[\\s_.\\-]+"))
			.filter(word -> !word.isEmpty())
			.limit(2)
			.map(word -> word.substring(0, 1))
			.collect(Collectors.joining());
		return letters.isEmpty() ? "?" : letters.toUpperCase(Locale.ROOT);
	}

}
