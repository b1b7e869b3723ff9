package fr.cmacademy.account.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Locale;

import fr.cmacademy.account.AccountException;
import fr.cmacademy.account.AccountService;
import fr.cmacademy.account.PasswordPolicy;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * The user's own profile: display name, e-mail, preferred language, and a password change
 * that asks for the current password.
 */
@Route("profile")
@PermitAll
public class ProfileView extends Div implements HasDynamicTitle {

	final TextField displayName = new TextField();

	final EmailField email = new EmailField();

	final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();

	final Button save = new Button();

	final PasswordField currentPassword = new PasswordField();

	final PasswordField newPassword = new PasswordField();

	final PasswordField confirm = new PasswordField();

	final Button changePassword = new Button();

	private final AccountService accounts;

	private final FieldErrors detailErrors;

	private final FieldErrors passwordErrors;

	public ProfileView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
		addClassName("profile-page");
		detailErrors = new FieldErrors(Map.of("displayName", displayName, "email", email));
		passwordErrors = new FieldErrors(Map.of("currentPassword", currentPassword, "password", newPassword));
		UserAccount me = accounts.current().orElseThrow();
		add(details(me), password(), myData());
	}

	/** The way to the user's personal data page (download, deletion request). */
	private Card myData() {
		// By path, not by class: the privacy feature depends on accounts, not the
		// reverse.
		Anchor link = new Anchor("my-data", getTranslation("profile.my-data.link"));
		link.getElement().setAttribute("router-link", true);
		link.addClassName("profile-page__my-data");
		Card card = new Card();
		card.setTitle(getTranslation("profile.my-data.title"));
		card.add(new Paragraph(getTranslation("profile.my-data.text")));
		card.addToFooter(link);
		return card;
	}

	private Card details(UserAccount me) {
		TextField username = new TextField(getTranslation("profile.username"));
		username.setValue(me.username());
		username.setReadOnly(true);
		displayName.setLabel(getTranslation("profile.display-name"));
		displayName.setValue(me.displayName());
		displayName.setMaxLength(120);
		displayName.setRequiredIndicatorVisible(true);
		email.setLabel(getTranslation("profile.email"));
		email.setValue(me.email() == null ? "" : me.email());
		language.setLabel(getTranslation("profile.language"));
		language.setItems(AppI18NProvider.LOCALES);
		language.setItemLabelGenerator(l -> AppI18NProvider.FRENCH.equals(l) ? "Français" : "English");
		language.setValue(me.preferredLocale() == null ? AppI18NProvider.supported(getLocale())
				: AppI18NProvider.supported(me.preferredLocale()));

		save.setText(getTranslation("profile.save"));
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(click -> saveDetails());

		FormLayout form = new FormLayout(username, displayName, email, language);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
		Card card = new Card();
		card.setTitle(getTranslation("profile.details.title"));
		card.setSubtitle(getTranslation("profile.details.subtitle"));
		card.add(form);
		card.addToFooter(save);
		return card;
	}

	private Card password() {
		currentPassword.setLabel(getTranslation("profile.password.current"));
		currentPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
		newPassword.setLabel(getTranslation("profile.password.new"));
		newPassword.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
		newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
		confirm.setLabel(getTranslation("profile.password.confirm"));
		confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
		changePassword.setText(getTranslation("profile.password.change"));
		changePassword.addClickListener(click -> changePassword());

		FormLayout form = new FormLayout(currentPassword, newPassword, confirm);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		Card card = new Card();
		card.setTitle(getTranslation("profile.password.title"));
		card.add(form);
		card.addToFooter(changePassword);
		return card;
	}

	private void saveDetails() {
		detailErrors.clear();
		Locale before = getLocale();
		try {
			accounts.updateProfile(displayName.getValue(), email.getValue(), language.getValue());
			if (language.getValue() != null && !AppI18NProvider.supported(before).equals(language.getValue())) {
				getUI().ifPresent(ui -> {
					ui.getSession().setLocale(language.getValue());
					ui.getPage().reload();
				});
				return;
			}
			success("profile.saved");
		}
		catch (AccountException ex) {
			detailErrors.show(this, ex);
		}
	}

	private void changePassword() {
		passwordErrors.clear();
		confirm.setInvalid(false);
		if (!newPassword.getValue().equals(confirm.getValue())) {
			confirm.setErrorMessage(getTranslation("register.confirm.mismatch"));
			confirm.setInvalid(true);
			return;
		}
		try {
			accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
			currentPassword.clear();
			newPassword.clear();
			confirm.clear();
			success("profile.password.changed");
		}
		catch (AccountException ex) {
			passwordErrors.show(this, ex);
		}
	}

	private void success(String key) {
		Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.SUCCESS);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("profile.page-title");
	}

}
