package fr.cmacademy.shared.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;

import fr.cmacademy.shared.HomeView;
import fr.cmacademy.shared.SiteName;

/**
 * The logo and the platform's name (as an admin set it), linking to the home page.
 */
public class Wordmark extends RouterLink {

	public Wordmark() {
		setRoute(HomeView.class);
		addClassName("wordmark");
		Image logo = new Image("images/logo.svg", "");
		logo.addClassName("wordmark__logo");
		String siteName = siteName();
		Span name = new Span(siteName);
		name.addClassName("wordmark__name");
		add(logo, name);
		getElement().setAttribute("aria-label", siteName);
	}

	/** The site name from the settings bean, or the default outside a running service. */
	static String siteName() {
		VaadinService service = VaadinService.getCurrent();
		if (service != null) {
			try {
				return service.getInstantiator().getOrCreate(SiteName.class).siteName();
			}
			catch (RuntimeException ex) {
				// No settings bean (a bare Vaadin test): the default name.
			}
		}
		return SiteName.DEFAULT;
	}

}
