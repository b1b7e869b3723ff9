package fr.cmacademy.account.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends ViewTestBase {

	@Test
	void login_form_is_in_french_for_a_french_visitor() {
		UI.getCurrent().setLocale(Locale.FRENCH);
		// The UI opened on the login page in the default language: leave it so the view
		// is built again.
		navigate(RegisterView.class);
		LoginView view = navigate(LoginView.class);
		assertThat(view.texts.getForm().getTitle()).isEqualTo("Connexion");
		assertThat(view.texts.getForm().getUsername()).isEqualTo("Nom d’utilisateur ou e-mail");
		assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Nom d’utilisateur ou mot de passe incorrect");
	}

	@Test
	void login_form_is_in_english_for_an_english_visitor() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		LoginView view = navigate(LoginView.class);
		assertThat(view.texts.getForm().getSubmit()).isEqualTo("Sign in");
	}

	@Test
	void login_form_posts_to_spring_security_and_offers_registration() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		navigate(LoginView.class);
		assertThat(find(LoginForm.class).single().getAction()).isEqualTo("login");
		assertThat(find(Anchor.class).withText("Create an account").exists()).isTrue();
	}

	@Test
	void signed_in_user_opening_login_goes_home() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("login");
		assertThat(getCurrentView()).isNotInstanceOf(LoginView.class);
	}

}
