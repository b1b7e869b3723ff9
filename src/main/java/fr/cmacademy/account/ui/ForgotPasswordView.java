package fr.cmacademy.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.cmacademy.account.PasswordResets;
import fr.cmacademy.account.PasswordResets.RequestOutcome;
import fr.cmacademy.shared.ui.Wordmark;

/**
 * "Forgot password?": asks for the user name or e-mail and answers the same whether an
 * account matches or not; a matching active account with an address gets a one-time link
 * by e-mail. When the platform sends no e-mail, it says to ask an administrator.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

	final TextField login = new TextField();

	final Button submit = new Button();

	final Paragraph answer = new Paragraph();

	private final PasswordResets resets;

	public ForgotPasswordView(PasswordResets resets) {
		this.resets = resets;
		addClassNames("auth-page", "auth-page--single");
		Div panel = new Div(new Wordmark(), new H1(getTranslation("forgot.title")));
		panel.addClassName("auth-page__panel");
		answer.addClassName("auth-page__notice");
		answer.getElement().setAttribute("role", "status");
		answer.setVisible(false);
		if (!resets.selfService()) {
			panel.add(new Paragraph(getTranslation("forgot.no-mail")), loginLink());
			add(panel);
			return;
		}
		login.setLabel(getTranslation("forgot.login"));
		login.setMaxLength(254);
		login.setRequiredIndicatorVisible(true);
		login.setAutocomplete(Autocomplete.USERNAME);
		submit.setText(getTranslation("forgot.submit"));
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		submit.addClickShortcut(Key.ENTER);
		submit.addClickListener(click -> request());
		panel.add(new Paragraph(getTranslation("forgot.intro")), answer, login, submit, loginLink());
		add(panel);
	}

	private void request() {
		login.setInvalid(false);
		if (login.getValue().isBlank()) {
			login.setErrorMessage(getTranslation("forgot.login.required"));
			login.setInvalid(true);
			login.focus();
			return;
		}
		VaadinRequest request = VaadinRequest.getCurrent();
		String address = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
		RequestOutcome outcome = resets.request(login.getValue(), address);
		answer.setText(getTranslation(outcome == RequestOutcome.THROTTLED ? "forgot.throttled" : "forgot.sent"));
		answer.setVisible(true);
		if (outcome == RequestOutcome.ACCEPTED) {
			login.clear();
		}
	}

	private Paragraph loginLink() {
		Anchor back = new Anchor("login", getTranslation("forgot.back"));
		back.getElement().setAttribute("router-link", true);
		return new Paragraph(back);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("forgot.page-title");
	}

}
