package fr.cmacademy.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.core.env.Environment;
import org.springframework.security.web.WebAttributes;

import fr.cmacademy.account.RegistrationService;
import fr.cmacademy.account.internal.LoginThrottledException;
import fr.cmacademy.shared.CurrentUser;
import fr.cmacademy.shared.SiteName;
import fr.cmacademy.shared.ui.LanguageSelect;
import fr.cmacademy.shared.ui.Wordmark;

/**
 * The sign-in page: the brand's promise on one side, the login form on the other. An
 * unknown user and a wrong password get the same message; a throttled login says to wait.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	final LoginForm form = new LoginForm();

	/** The texts currently shown by the form (the form does not expose them). */
	LoginI18n texts;

	private final AuthenticationContext authentication;

	private final Paragraph notice = new Paragraph();

	private final SiteName siteName;

	public LoginView(AuthenticationContext authentication, RegistrationService registration, CurrentUser currentUser,
			Environment environment, SiteName siteName) {
		this.authentication = authentication;
		this.siteName = siteName;
		addClassName("auth-page");

		Div brand = new Div(new Wordmark(), new H2(getTranslation("login.tagline")), benefits());
		brand.addClassName("auth-page__brand");

		form.setAction("login");
		form.setForgotPasswordButtonVisible(true);
		form.addForgotPasswordListener(event -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
		showTexts(false);

		notice.addClassName("auth-page__notice");
		notice.setVisible(false);
		notice.getElement().setAttribute("role", "status");

		LanguageSelect language = new LanguageSelect(getLocale(), locale -> {
			currentUser.rememberLocale(locale);
			getUI().ifPresent(ui -> ui.getPage().reload());
		});
		Div top = new Div(language);
		top.addClassName("auth-page__top");

		Div panel = new Div(top, notice, form);
		panel.addClassName("auth-page__panel");
		if (registration.isOpen()) {
			Anchor register = new Anchor("register", getTranslation("login.register.link"));
			register.getElement().setAttribute("router-link", true);
			Paragraph signup = new Paragraph(
					new Span(getTranslation("login.register.question", siteName.siteName()) + " "), register);
			signup.addClassName("auth-page__signup");
			panel.add(signup);
		}
		if (environment.getProperty("cm.demo.seed", Boolean.class, false)) {
			Paragraph demo = new Paragraph(getTranslation("login.demo.hint"));
			demo.addClassName("auth-page__hint");
			panel.add(demo);
		}
		add(brand, panel);
	}

	private UnorderedList benefits() {
		UnorderedList list = new UnorderedList(new ListItem(getTranslation("login.benefit.learn")),
				new ListItem(getTranslation("login.benefit.practise")),
				new ListItem(getTranslation("login.benefit.certify")));
		list.addClassName("auth-page__benefits");
		return list;
	}

	private void showTexts(boolean throttled) {
		texts = i18n(throttled);
		form.setI18n(texts);
	}

	private LoginI18n i18n(boolean throttled) {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form f = i18n.getForm();
		f.setTitle(getTranslation("login.title"));
		f.setUsername(getTranslation("login.username"));
		f.setPassword(getTranslation("login.password"));
		f.setSubmit(getTranslation("login.submit"));
		f.setForgotPassword(getTranslation("login.forgot"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
		error.setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
		error.setUsername(getTranslation("login.username.required"));
		error.setPassword(getTranslation("login.password.required"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (authentication.isAuthenticated()) {
			event.forwardTo("");
			return;
		}
		var params = event.getLocation().getQueryParameters().getParameters();
		if (params.containsKey("error")) {
			showTexts(lastFailureWasThrottle());
			form.setError(true);
		}
		if (params.containsKey("registered")) {
			notice.setText(getTranslation("login.registered"));
			notice.setVisible(true);
		}
		if (params.containsKey("reset")) {
			notice.setText(getTranslation("login.password-reset"));
			notice.setVisible(true);
		}
	}

	private static boolean lastFailureWasThrottle() {
		if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request) {
			var session = request.getHttpServletRequest().getSession(false);
			return session != null
					&& session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException;
		}
		return false;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.page-title", siteName.siteName());
	}

}
