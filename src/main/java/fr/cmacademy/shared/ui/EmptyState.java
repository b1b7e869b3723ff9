package fr.cmacademy.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A friendly block shown where a list has nothing yet: an icon, a title, what will appear
 * here and what to do about it, and optionally an action.
 */
public class EmptyState extends Div {

	public EmptyState(VaadinIcon icon, String title, String text, Component... actions) {
		addClassName("empty-state");
		Icon picture = icon.create();
		picture.addClassName("empty-state__icon");
		picture.getElement().setAttribute("aria-hidden", "true");
		H2 heading = new H2(title);
		heading.addClassName("empty-state__title");
		Paragraph body = new Paragraph(text);
		body.addClassName("empty-state__text");
		add(picture, heading, body);
		if (actions.length > 0) {
			Div actionRow = new Div(actions);
			actionRow.addClassName("empty-state__actions");
			add(actionRow);
		}
	}

}
