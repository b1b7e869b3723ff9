package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.model.Brand;
import fr.cmacademy.simulation.model.Brief;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The brand's brief (who it is, its tone, charter, what may be said and what goes
 * elsewhere) and the people of the community, for the scenario page and the player.
 */
final class BriefCard {

	private BriefCard() {
	}

	static Div brief(Component owner, Scenario scenario, boolean withHeading) {
		Locale locale = SimText.locale(owner);
		Brand brand = scenario.brand();
		Brief brief = brand.brief();
		Div box = new Div();
		box.addClassName("brief");
		if (withHeading) {
			box.add(new H2(owner.getTranslation("scenario.brief.title")));
		}
		Span name = new Span(brand.name());
		name.addClassName("brief__brand-name");
		Span handle = new Span(brand.handle() + " · "
				+ owner.getTranslation("scenario.platform." + SimText.key(brand.platform().name())));
		handle.addClassName("brief__handle");
		Div identity = new Div(Avatars.of(scenario, Persona.BRAND, false), new Div(name, handle));
		identity.addClassName("brief__identity");
		box.add(identity);
		section(owner, box, "scenario.brief.tone", List.of(brief.tone()), locale);
		section(owner, box, "scenario.brief.charter", brief.charter(), locale);
		section(owner, box, "scenario.brief.may-share", brief.mayShare(), locale);
		section(owner, box, "scenario.brief.must-escalate", brief.mustEscalate(), locale);
		List<String> promises = brief.forbiddenPromises(locale);
		if (!promises.isEmpty()) {
			box.add(new H3(owner.getTranslation("scenario.brief.never-promise")));
			Paragraph list = new Paragraph(String.join(" · ", promises));
			list.addClassName("brief__promises");
			box.add(list);
		}
		return box;
	}

	private static void section(Component owner, Div box, String key, List<Text> texts, Locale locale) {
		if (texts.isEmpty() || texts.stream().allMatch(t -> t.in(locale).isBlank())) {
			return;
		}
		box.add(new H3(owner.getTranslation(key)));
		if (texts.size() == 1) {
			box.add(new Paragraph(texts.get(0).in(locale)));
			return;
		}
		UnorderedList list = new UnorderedList();
		texts.forEach(t -> list.add(new ListItem(t.in(locale))));
		box.add(list);
	}

	static Div personas(Component owner, Scenario scenario) {
		Div box = new Div(new H2(owner.getTranslation("scenario.personas.title")));
		box.addClassName("panel");
		UnorderedList list = new UnorderedList();
		list.addClassName("persona-list");
		for (Persona persona : scenario.personas()) {
			Span name = new Span(persona.name());
			name.addClassName("persona-list__name");
			Span archetype = new Span(SimText.archetype(owner, persona.archetype()));
			archetype.addClassName("persona-list__archetype");
			Div text = new Div(name, archetype);
			if (persona.bio() != null) {
				Span bio = new Span(persona.bio().in(SimText.locale(owner)));
				bio.addClassName("persona-list__bio");
				text.add(bio);
			}
			ListItem item = new ListItem(Avatars.of(scenario, persona.id(), false), text);
			item.addClassName("persona-list__item");
			list.add(item);
		}
		box.add(list);
		return box;
	}

}
