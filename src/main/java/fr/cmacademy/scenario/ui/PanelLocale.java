package fr.cmacademy.scenario.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * The page language for a panel: its owner's UI, or the current one while the owner is
 * being built and not attached yet.
 */
final class PanelLocale {

	private PanelLocale() {
	}

	static Locale of(Component owner) {
		UI ui = owner.getUI().orElse(UI.getCurrent());
		return ui != null ? ui.getLocale() : Locale.FRENCH;
	}

}
