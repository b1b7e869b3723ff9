package fr.cmacademy.account.ui;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import fr.cmacademy.TestUsers;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.account.AccountService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ProfileViewTest extends ViewTestBase {

	@Autowired
	AccountService accounts;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	void learner_changes_name_and_email_and_they_are_stored() {
		var user = signInAs(Locale.ENGLISH, Roles.LEARNER);
		String newEmail = user.username() + ".new@example.test";
		ProfileView view = navigate(ProfileView.class);
		test(view.displayName).setValue("Camille L.");
		test(view.email).setValue(newEmail);
		test(view.save).click();

		var me = accounts.current().orElseThrow();
		assertThat(me.displayName()).isEqualTo("Camille L.");
		assertThat(me.email()).isEqualTo(newEmail);
	}

	@Test
	void an_empty_name_is_refused_on_the_name_field_and_nothing_changes() {
		var user = signInAs(Locale.FRENCH, Roles.LEARNER);
		ProfileView view = navigate(ProfileView.class);
		test(view.displayName).setValue("   ");
		test(view.save).click();

		assertThat(view.displayName.isInvalid()).isTrue();
		assertThat(view.displayName.getErrorMessage()).isEqualTo("Saisissez votre nom.");
		assertThat(accounts.current().orElseThrow().displayName()).isEqualTo(user.displayName());
	}

	@Test
	void an_email_already_used_by_someone_else_is_refused_on_the_email_field() {
		var other = users.create("other", Locale.ENGLISH, Roles.LEARNER);
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		ProfileView view = navigate(ProfileView.class);
		test(view.email).setValue(other.username() + "@example.test");
		test(view.save).click();
		assertThat(view.email.isInvalid()).isTrue();
		assertThat(view.email.getErrorMessage()).isEqualTo("An account already uses this e-mail address.");
	}

	@Test
	void choosing_a_language_stores_it_as_the_preference() {
		signInAs(Locale.FRENCH, Roles.TRAINER);
		ProfileView view = navigate(ProfileView.class);
		test(view.language).selectItem("English");
		test(view.save).click();
		assertThat(accounts.current().orElseThrow().preferredLocale()).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void password_change_needs_the_current_password() {
		var user = signInAs(Locale.ENGLISH, Roles.LEARNER);
		ProfileView view = navigate(ProfileView.class);
		test(view.currentPassword).setValue("not my password");
		test(view.newPassword).setValue("a brand new passphrase");
		test(view.confirm).setValue("a brand new passphrase");
		test(view.changePassword).click();

		assertThat(view.currentPassword.isInvalid()).isTrue();
		assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not correct.");
		assertThatCode(() -> authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.username(), TestUsers.PASSWORD)))
			.doesNotThrowAnyException();
	}

	@Test
	void password_change_with_the_current_password_replaces_it() {
		var user = signInAs(Locale.ENGLISH, Roles.LEARNER);
		ProfileView view = navigate(ProfileView.class);
		test(view.currentPassword).setValue(TestUsers.PASSWORD);
		test(view.newPassword).setValue("a brand new passphrase");
		test(view.confirm).setValue("a brand new passphrase");
		test(view.changePassword).click();

		assertThat(view.currentPassword.isInvalid()).isFalse();
		assertThat(authenticationManager
			.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(user.username(), "a brand new passphrase"))
			.isAuthenticated()).isTrue();
	}

	@Test
	void a_common_new_password_is_refused_on_the_new_password_field() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		ProfileView view = navigate(ProfileView.class);
		test(view.currentPassword).setValue(TestUsers.PASSWORD);
		test(view.newPassword).setValue("azertyuiop");
		test(view.confirm).setValue("azertyuiop");
		test(view.changePassword).click();
		assertThat(view.newPassword.isInvalid()).isTrue();
	}

}
