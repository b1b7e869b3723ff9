package fr.cmacademy.admin.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import fr.cmacademy.settings.SettingsException;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * The site name (shown by the logo and in the login page's title) and the default
 * language of new users and of visitors whose browser asks for neither French nor
 * English.
 */
class GeneralSettingsCard extends Card {

	final TextField siteName = new TextField();

	final RadioButtonGroup<Locale> defaultLocale = new RadioButtonGroup<>();

	final Button save = new Button();

	GeneralSettingsCard(SettingsService settings) {
		setTitle(getTranslation("platform.general.title"));
		SettingsErrors errors = new SettingsErrors(Map.of("siteName", siteName, "defaultLocale", defaultLocale));
		siteName.setLabel(getTranslation("platform.general.site-name"));
		siteName.setHelperText(getTranslation("platform.general.site-name.help"));
		siteName.setMaxLength(SettingsService.SITE_NAME_MAX);
		siteName.setRequiredIndicatorVisible(true);
		siteName.setValue(settings.siteName());
		defaultLocale.setLabel(getTranslation("platform.general.default-language"));
		defaultLocale.setHelperText(getTranslation("platform.general.default-language.help"));
		defaultLocale.setItems(AppI18NProvider.LOCALES);
		defaultLocale.setItemLabelGenerator(l -> AppI18NProvider.FRENCH.equals(l) ? "Français" : "English");
		defaultLocale.setValue(settings.defaultLocale());
		save.setText(getTranslation("platform.general.save"));
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(click -> {
			errors.clear();
			try {
				boolean renamed = !settings.siteName().equals(siteName.getValue().strip());
				settings.saveGeneral(siteName.getValue(), defaultLocale.getValue());
				Notification.show(getTranslation("platform.general.saved"), 4000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.SUCCESS);
				if (renamed) {
					// The shell shows the name next to the logo: draw it again.
					getUI().ifPresent(ui -> ui.getPage().reload());
				}
			}
			catch (SettingsException ex) {
				errors.show(this, ex, SettingsService.SITE_NAME_MAX);
			}
		});
		FormLayout form = new FormLayout(siteName, defaultLocale);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
		add(form);
		addToFooter(save);
	}

}
