package fr.cmacademy.admin.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import fr.cmacademy.settings.MailForm;
import fr.cmacademy.settings.MailSecurity;
import fr.cmacademy.settings.MailSettings;
import fr.cmacademy.settings.MailSettingsService;
import fr.cmacademy.settings.SettingsException;
import fr.cmacademy.settings.SettingsService;

/**
 * The outgoing mail server: on/off, host, port, protection, account, sender, and a test
 * e-mail. The stored password is never sent to the browser: the field stays empty and
 * "leave empty to keep" applies.
 */
class MailSettingsCard extends Card {

	final Checkbox enabled = new Checkbox();

	final TextField host = new TextField();

	final IntegerField port = new IntegerField();

	final Select<MailSecurity> security = new Select<>();

	final TextField username = new TextField();

	final PasswordField password = new PasswordField();

	final Checkbox clearPassword = new Checkbox();

	final TextField from = new TextField();

	final Button save = new Button();

	final EmailField testTo = new EmailField();

	final Button sendTest = new Button();

	final Paragraph source = new Paragraph();

	private final MailSettingsService mail;

	private final SettingsService settings;

	private final SettingsErrors errors;

	MailSettingsCard(MailSettingsService mail, SettingsService settings) {
		this.mail = mail;
		this.settings = settings;
		setTitle(getTranslation("platform.mail.title"));
		errors = new SettingsErrors(Map.of("host", host, "port", port, "from", from, "username", username, "password",
				password, "testTo", testTo));
		enabled.setLabel(getTranslation("platform.mail.enabled"));
		enabled.setHelperText(getTranslation("platform.mail.enabled.help"));
		host.setLabel(getTranslation("platform.mail.host"));
		host.setPlaceholder("smtp.example.org");
		host.setMaxLength(253);
		port.setLabel(getTranslation("platform.mail.port"));
		port.setMin(1);
		port.setMax(65535);
		port.setStepButtonsVisible(false);
		security.setLabel(getTranslation("platform.mail.security"));
		security.setItems(MailSecurity.values());
		security
			.setItemLabelGenerator(s -> getTranslation("platform.mail.security." + s.name().toLowerCase(Locale.ROOT)));
		username.setLabel(getTranslation("platform.mail.username"));
		username.setAutocomplete(Autocomplete.OFF);
		password.setLabel(getTranslation("platform.mail.password"));
		password.setAutocomplete(Autocomplete.NEW_PASSWORD);
		clearPassword.setLabel(getTranslation("platform.mail.password.clear"));
		from.setLabel(getTranslation("platform.mail.from"));
		from.setHelperText(getTranslation("platform.mail.from.help"));
		from.setMaxLength(320);
		source.addClassName("settings-source");
		show(mail.current());

		save.setText(getTranslation("platform.mail.save"));
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(click -> save());

		testTo.setLabel(getTranslation("platform.mail.test.to"));
		sendTest.setText(getTranslation("platform.mail.test.send"));
		sendTest.setIcon(VaadinIcon.ENVELOPE_O.create());
		sendTest.addClickListener(click -> sendTest());
		Div test = new Div(testTo, sendTest);
		test.addClassName("settings-test");

		FormLayout form = new FormLayout(enabled, host, port, security, username, password, clearPassword, from);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
		form.setColspan(enabled, 2);
		add(source, form);
		addToFooter(save, test);
	}

	private void show(MailSettings current) {
		enabled.setValue(current.enabled());
		host.setValue(current.host() == null ? "" : current.host());
		port.setValue(current.port());
		security.setValue(current.security());
		username.setValue(current.username() == null ? "" : current.username());
		password.clear();
		password.setHelperText(
				getTranslation(current.passwordSet() ? "platform.mail.password.kept" : "platform.mail.password.none"));
		clearPassword.setValue(false);
		clearPassword.setVisible(current.passwordSet());
		from.setValue(current.from());
		source.setText(
				getTranslation(current.fromAdmin() ? "platform.mail.source.admin" : "platform.mail.source.properties"));
	}

	private void save() {
		errors.clear();
		try {
			show(mail.save(new MailForm(enabled.getValue(), host.getValue(), port.getValue(), username.getValue(),
					password.getValue(), clearPassword.getValue(), security.getValue(), from.getValue())));
			Notification.show(getTranslation("platform.mail.saved"), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.SUCCESS);
		}
		catch (SettingsException ex) {
			errors.show(this, ex);
		}
	}

	private void sendTest() {
		errors.clear();
		String site = settings.siteName();
		try {
			mail.sendTest(testTo.getValue(), getTranslation("platform.mail.test.subject", site),
					getTranslation("platform.mail.test.body", site));
			Notification
				.show(getTranslation("platform.mail.test.sent", testTo.getValue()), 5000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.SUCCESS);
		}
		catch (MailSettingsService.TestFailed ex) {
			errors.show(this, ex, ex.reason());
		}
		catch (SettingsException ex) {
			errors.show(this, ex);
		}
	}

}
