package fr.cmacademy.account.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import fr.cmacademy.account.AccountException;
import fr.cmacademy.account.NewUser;
import fr.cmacademy.account.PasswordPolicy;
import fr.cmacademy.account.UserAdministration;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * Creating a user: user name, display name, e-mail, language, roles, and either a
 * password the admin sets or none (the user then gets a link to choose one). The service
 * checks every field; its answer is shown next to the field at fault.
 */
class UserCreateDialog extends Dialog {

	final TextField username = new TextField();

	final TextField displayName = new TextField();

	final EmailField email = new EmailField();

	final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();

	final CheckboxGroup<String> roles = new CheckboxGroup<>();

	final RadioButtonGroup<Boolean> passwordMode = new RadioButtonGroup<>();

	final PasswordField password = new PasswordField();

	final Button save = new Button();

	private final FieldErrors errors;

	UserCreateDialog(UserAdministration users, Consumer<UserAdministration.Created> onCreated) {
		setHeaderTitle(getTranslation("users.create.title"));
		addClassName("user-dialog");
		errors = new FieldErrors(Map.of("username", username, "displayName", displayName, "email", email, "roles",
				roles, "password", password));

		username.setLabel(getTranslation("users.field.username"));
		username.setHelperText(getTranslation("register.username.help"));
		username.setRequiredIndicatorVisible(true);
		username.setMaxLength(64);
		username.setAutocomplete(Autocomplete.OFF);
		displayName.setLabel(getTranslation("users.field.display-name"));
		displayName.setRequiredIndicatorVisible(true);
		displayName.setMaxLength(120);
		email.setLabel(getTranslation("users.field.email"));
		email.setHelperText(getTranslation("users.field.email.help"));
		language.setLabel(getTranslation("users.field.language"));
		language.setItems(AppI18NProvider.LOCALES);
		language.setItemLabelGenerator(l -> AppI18NProvider.FRENCH.equals(l) ? "Français" : "English");
		language.setValue(users.defaultLocale());
		roles.setLabel(getTranslation("users.field.roles"));
		roles.setItems(UsersView.ROLE_ORDER);
		roles.setItemLabelGenerator(r -> getTranslation("users.role." + r.toLowerCase(Locale.ROOT)));
		roles.setValue(java.util.Set.of(Roles.LEARNER));

		passwordMode.setLabel(getTranslation("users.field.password-mode"));
		passwordMode.setItems(Boolean.FALSE, Boolean.TRUE);
		passwordMode.setItemLabelGenerator(b -> getTranslation(
				Boolean.TRUE.equals(b) ? "users.field.password-mode.set" : "users.field.password-mode.link"));
		passwordMode.setValue(Boolean.FALSE);
		password.setLabel(getTranslation("users.field.password"));
		password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
		password.setAutocomplete(Autocomplete.NEW_PASSWORD);
		password.setVisible(false);
		passwordMode.addValueChangeListener(e -> password.setVisible(Boolean.TRUE.equals(e.getValue())));

		FormLayout form = new FormLayout(username, displayName, email, language, roles, passwordMode, password);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
		form.setColspan(passwordMode, 2);
		add(form);

		save.setText(getTranslation("users.create.save"));
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(click -> {
			errors.clear();
			try {
				var created = users.create(new NewUser(username.getValue(), displayName.getValue(), email.getValue(),
						language.getValue(), roles.getValue(),
						Boolean.TRUE.equals(passwordMode.getValue()) ? password.getValue() : null));
				close();
				onCreated.accept(created);
			}
			catch (AccountException ex) {
				errors.show(this, ex);
			}
		});
		Button cancel = new Button(getTranslation("users.cancel"), click -> close());
		cancel.addThemeVariants(ButtonVariant.TERTIARY);
		getFooter().add(cancel, save);
	}

}
