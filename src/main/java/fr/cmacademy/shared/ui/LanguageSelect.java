package fr.cmacademy.shared.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.select.Select;

import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * The FR / EN switch. Each language is written in itself, so a user can find theirs
 * whatever the page is currently in.
 */
public class LanguageSelect extends Select<Locale> {

	public LanguageSelect(Locale current, Consumer<Locale> onChange) {
		addClassName("language-select");
		setItems(AppI18NProvider.LOCALES);
		setItemLabelGenerator(locale -> AppI18NProvider.FRENCH.equals(locale) ? "Français" : "English");
		setValue(AppI18NProvider.supported(current));
		setAriaLabel(getTranslation("shell.language"));
		setTooltipText(getTranslation("shell.language"));
		addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				onChange.accept(event.getValue());
			}
		});
	}

}
