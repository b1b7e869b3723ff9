package fr.cmacademy.account.ui;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.account.internal.UserRepository;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterViewTest extends ViewTestBase {

	@Autowired
	UserRepository userRepository;

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	SettingsService settings;

	@BeforeEach
	void openRegistration() {
		setRegistration(true);
		UI.getCurrent().setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void reopen() {
		setRegistration(true);
	}

	@Test
	void visitor_creates_a_learner_account_and_can_sign_in_with_it() {
		String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
		RegisterView view = navigate(RegisterView.class);
		fill(view, "Léa Martin", username, username + "@example.test", "une phrase assez longue", null);
		test(view.submit).click();

		var stored = userRepository.findByLogin(username).orElseThrow().account();
		assertThat(stored.displayName()).isEqualTo("Léa Martin");
		assertThat(stored.roles()).containsExactly(Roles.LEARNER);
		assertThat(stored.preferredLocale()).isEqualTo(Locale.ENGLISH);
		var auth = authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "une phrase assez longue"));
		assertThat(auth.isAuthenticated()).isTrue();
		assertThat(getCurrentView()).isInstanceOf(LoginView.class);
	}

	@Test
	void a_common_password_is_refused_on_the_password_field() {
		String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
		RegisterView view = navigate(RegisterView.class);
		fill(view, "Weak Password", username, username + "@example.test", "password123", null);
		test(view.submit).click();

		assertThat(view.password.isInvalid()).isTrue();
		assertThat(view.password.getErrorMessage()).contains("too common");
		assertThat(userRepository.usernameTaken(username)).isFalse();
	}

	@Test
	void a_taken_user_name_is_refused_on_the_user_name_field() {
		var existing = users.create("taken", Locale.FRENCH, Roles.LEARNER);
		RegisterView view = navigate(RegisterView.class);
		fill(view, "Someone Else", existing.username(), "other-" + existing.username() + "@example.test",
				"une autre phrase longue", null);
		test(view.submit).click();

		assertThat(view.username.isInvalid()).isTrue();
		assertThat(view.username.getErrorMessage()).isEqualTo("This user name is already taken.");
	}

	@Test
	void mismatched_confirmation_is_caught_before_anything_is_stored() {
		String username = "typo-" + UUID.randomUUID().toString().substring(0, 8);
		RegisterView view = navigate(RegisterView.class);
		fill(view, "Typo", username, username + "@example.test", "une phrase assez longue", "une phrase assez longe");
		test(view.submit).click();

		assertThat(view.confirm.isInvalid()).isTrue();
		assertThat(userRepository.usernameTaken(username)).isFalse();
	}

	@Test
	void an_invalid_email_is_refused_on_the_email_field() {
		RegisterView view = navigate(RegisterView.class);
		fill(view, "No Mail", "nomail-" + UUID.randomUUID().toString().substring(0, 8), "not-an-email",
				"une phrase assez longue", null);
		test(view.submit).click();
		assertThat(view.email.isInvalid()).isTrue();
	}

	@Test
	void closed_registration_shows_why_and_no_form() {
		setRegistration(false);
		RegisterView view = navigate(RegisterView.class);
		assertThat(view.submit.isAttached()).isFalse();
		assertThat(find(Paragraph.class).withTextContaining("Registration is closed").exists()).isTrue();
	}

	private void fill(RegisterView view, String name, String username, String email, String password,
			String confirmation) {
		test(view.displayName).setValue(name);
		test(view.username).setValue(username);
		test(view.email).setValue(email);
		test(view.password).setValue(password);
		test(view.confirm).setValue(confirmation == null ? password : confirmation);
	}

	private void setRegistration(boolean open) {
		var admin = users.create("admin", Locale.ENGLISH, Roles.ADMIN);
		users.signIn(admin);
		settings.setRegistrationOpen(open);
		fr.cmacademy.TestUsers.signOut();
	}

}
