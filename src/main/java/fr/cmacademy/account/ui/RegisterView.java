package fr.cmacademy.account.ui;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.cmacademy.account.AccountException;
import fr.cmacademy.account.PasswordPolicy;
import fr.cmacademy.account.RegistrationService;
import fr.cmacademy.account.RegistrationService.Registration;
import fr.cmacademy.shared.SiteName;
import fr.cmacademy.shared.ui.Wordmark;

/**
 * Self-registration of a learner account, when open. The service checks every field
 * again; its answer is shown next to the field at fault.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends Div implements HasDynamicTitle {

	final TextField displayName = new TextField();

	final TextField username = new TextField();

	final EmailField email = new EmailField();

	final PasswordField password = new PasswordField();

	final PasswordField confirm = new PasswordField();

	final Button submit = new Button();

	private final RegistrationService registration;

	private final FieldErrors errors;

	private final SiteName siteName;

	public RegisterView(RegistrationService registration, SiteName siteName) {
		this.registration = registration;
		this.siteName = siteName;
		addClassName("auth-page");
		addClassName("auth-page--single");
		errors = new FieldErrors(
				Map.of("displayName", displayName, "username", username, "email", email, "password", password));

		Div panel = new Div(new Wordmark(), new H1(getTranslation("register.title")));
		panel.addClassName("auth-page__panel");
		if (!registration.isOpen()) {
			panel.add(new Paragraph(getTranslation("account.register.closed")), loginLink());
			add(panel);
			return;
		}
		panel.add(new Paragraph(getTranslation("register.intro")));

		displayName.setLabel(getTranslation("register.display-name"));
		displayName.setHelperText(getTranslation("register.display-name.help"));
		displayName.setMaxLength(120);
		displayName.setRequiredIndicatorVisible(true);
		displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
		username.setLabel(getTranslation("register.username"));
		username.setHelperText(getTranslation("register.username.help"));
		username.setMaxLength(64);
		username.setRequiredIndicatorVisible(true);
		username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
		email.setLabel(getTranslation("register.email"));
		email.setRequiredIndicatorVisible(true);
		email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
		password.setLabel(getTranslation("register.password"));
		password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
		password.setRequiredIndicatorVisible(true);
		password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
		confirm.setLabel(getTranslation("register.confirm"));
		confirm.setRequiredIndicatorVisible(true);
		confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

		submit.setText(getTranslation("register.submit"));
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		submit.addClickShortcut(Key.ENTER);
		submit.addClickListener(click -> register());

		FormLayout form = new FormLayout(displayName, username, email, password, confirm);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		panel.add(form, submit, loginLink());
		add(panel);
	}

	private Paragraph loginLink() {
		Anchor login = new Anchor("login", getTranslation("register.login.link"));
		login.getElement().setAttribute("router-link", true);
		Paragraph p = new Paragraph(login);
		p.addClassName("auth-page__signup");
		return p;
	}

	private void register() {
		errors.clear();
		confirm.setInvalid(false);
		if (!password.getValue().equals(confirm.getValue())) {
			confirm.setErrorMessage(getTranslation("register.confirm.mismatch"));
			confirm.setInvalid(true);
			confirm.focus();
			return;
		}
		try {
			registration.register(new Registration(displayName.getValue(), username.getValue(), email.getValue(),
					password.getValue(), getLocale()));
			getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.of("registered", "")));
		}
		catch (AccountException ex) {
			errors.show(this, ex);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("register.page-title", siteName.siteName());
	}

}
