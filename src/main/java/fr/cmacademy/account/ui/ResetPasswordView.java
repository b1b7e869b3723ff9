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
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.cmacademy.account.AccountException;
import fr.cmacademy.account.PasswordPolicy;
import fr.cmacademy.account.PasswordResets;
import fr.cmacademy.shared.ui.Wordmark;

/**
 * Choosing a new password with a one-time link. A link that is unknown, used, replaced or
 * expired gets a clear message and a way to ask for a new one; a good one leads to the
 * login page.
 */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	final PasswordField password = new PasswordField();

	final PasswordField confirm = new PasswordField();

	final Button submit = new Button();

	private final PasswordResets resets;

	private final FieldErrors errors;

	private final Div panel = new Div();

	private String token = "";

	public ResetPasswordView(PasswordResets resets) {
		this.resets = resets;
		addClassNames("auth-page", "auth-page--single");
		panel.addClassName("auth-page__panel");
		errors = new FieldErrors(Map.of("password", password));
		password.setLabel(getTranslation("reset.password"));
		password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
		password.setRequiredIndicatorVisible(true);
		password.setAutocomplete(Autocomplete.NEW_PASSWORD);
		confirm.setLabel(getTranslation("reset.confirm"));
		confirm.setRequiredIndicatorVisible(true);
		confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
		submit.setText(getTranslation("reset.submit"));
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		submit.addClickShortcut(Key.ENTER);
		submit.addClickListener(click -> reset());
		add(panel);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		token = event.getRouteParameters().get("token").orElse("");
		panel.removeAll();
		panel.add(new Wordmark(), new H1(getTranslation("reset.title")));
		if (!resets.usable(token)) {
			showInvalid();
			return;
		}
		FormLayout form = new FormLayout(password, confirm);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		panel.add(new Paragraph(getTranslation("reset.intro")), form, submit);
	}

	private void showInvalid() {
		Paragraph problem = new Paragraph(getTranslation("account.reset.invalid"));
		problem.addClassName("auth-page__problem");
		problem.getElement().setAttribute("role", "alert");
		panel.add(problem);
		if (resets.selfService()) {
			Anchor again = new Anchor("forgot-password", getTranslation("reset.ask-again"));
			again.getElement().setAttribute("router-link", true);
			panel.add(new Paragraph(again));
		}
		Anchor login = new Anchor("login", getTranslation("forgot.back"));
		login.getElement().setAttribute("router-link", true);
		panel.add(new Paragraph(login));
	}

	private void reset() {
		errors.clear();
		confirm.setInvalid(false);
		if (!password.getValue().equals(confirm.getValue())) {
			confirm.setErrorMessage(getTranslation("register.confirm.mismatch"));
			confirm.setInvalid(true);
			confirm.focus();
			return;
		}
		try {
			resets.reset(token, password.getValue());
			getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
		}
		catch (AccountException ex) {
			if ("token".equals(ex.field())) {
				panel.removeAll();
				panel.add(new Wordmark(), new H1(getTranslation("reset.title")));
				showInvalid();
			}
			else {
				errors.show(this, ex);
			}
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reset.page-title");
	}

}
