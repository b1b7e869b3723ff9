package fr.cmacademy.shared;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;

import fr.cmacademy.shared.ui.Wordmark;

/**
 * The page shown for an unknown address and for a page the user may not open. Both look
 * the same and answer 404, so a learner cannot tell an admin page from a missing one.
 */
abstract class ErrorPage extends Div implements HasDynamicTitle {

	ErrorPage() {
		addClassName("auth-page");
		addClassName("auth-page--single");
	}

	int render(BeforeEnterEvent event, ErrorParameter<?> parameter) {
		removeAll();
		Anchor home = new Anchor("", getTranslation("error.home"));
		home.addClassName("button-link");
		Div panel = new Div(new Wordmark(), new H1(getTranslation("error.not-found.title")),
				new Paragraph(getTranslation("error.not-found.text")), home);
		panel.addClassName("auth-page__panel");
		add(panel);
		return 404;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("error.page-title");
	}

}
