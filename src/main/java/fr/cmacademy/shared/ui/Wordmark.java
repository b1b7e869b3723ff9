package fr.cmacademy.shared.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import fr.cmacademy.shared.HomeView;

/**
 * The CM Academy logo and name, linking to the home page.
 */
public class Wordmark extends RouterLink {

	public Wordmark() {
		setRoute(HomeView.class);
		addClassName("wordmark");
		Image logo = new Image("images/logo.svg", "");
		logo.addClassName("wordmark__logo");
		Span name = new Span("CM Academy");
		name.addClassName("wordmark__name");
		add(logo, name);
		getElement().setAttribute("aria-label", "CM Academy");
	}

}
