package fr.cmacademy.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** The language of the page a component is on (a component's own getter is protected). */
public final class PageLocale {

	private PageLocale() {
	}

	public static Locale of(Component owner) {
		return owner.getUI()
			.map(UI::getLocale)
			.orElseGet(() -> UI.getCurrent() == null ? Locale.FRENCH : UI.getCurrent().getLocale());
	}

}
