package fr.cmacademy.account.ui;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.account.NewUser;
import fr.cmacademy.account.PasswordResets;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.account.UserAdministration;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users pages and the password reset pages on the real services and security: list,
 * search, create without a password (the link is shown), edit with field errors, the
 * admin's own account protected; learners and trainers get the 404 page; a reset link
 * works once.
 */
class UserAdminViewsTest extends ViewTestBase {

	private static final String NOT_AVAILABLE = "This page does not exist or is not available to you";

	@Autowired
	UserAdministration admin;

	@Autowired
	PasswordResets resets;

	@Autowired
	JdbcClient jdbc;

	@Test
	void admin_searches_the_list_and_creates_a_user_whose_link_is_shown() {
		jdbc.sql("DELETE FROM app_setting WHERE name LIKE 'mail.%'").update();
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		admin.create(new NewUser("seen-" + tag, "Seen " + tag, null, null, Set.of(Roles.LEARNER), null));
		UsersView list = navigate(UsersView.class);
		test(list.search).setValue(tag);
		assertThat(test(list.grid).size()).isEqualTo(1);
		assertThat(test(list.grid).getCellText(0, 1)).isEqualTo("seen-" + tag);
		assertThat(list.count.getText()).isEqualTo("1 user");

		test(list.create).click();
		UserCreateDialog dialog = find(UserCreateDialog.class).single();
		test(dialog.username).setValue("created-" + tag);
		test(dialog.displayName).setValue("Created " + tag);
		test(dialog.save).click();

		UserDetailView detail = (UserDetailView) getCurrentView();
		ResetLinkBox box = find(ResetLinkBox.class).single();
		assertThat(box.link.getValue()).contains("/reset-password/");
		assertThat(detail.displayName.getValue()).isEqualTo("Created " + tag);
		String token = box.link.getValue().substring(box.link.getValue().lastIndexOf('/') + 1);
		assertThat(resets.usable(token)).isTrue();
	}

	@Test
	void a_bad_or_duplicate_field_is_shown_on_the_field() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UserAccount first = admin
			.create(new NewUser("first-" + tag, "First", "first-" + tag + "@example.test", null, Set.of(Roles.LEARNER),
					null))
			.account();
		UserAccount second = admin
			.create(new NewUser("second-" + tag, "Second", null, null, Set.of(Roles.LEARNER), null))
			.account();
		UI.getCurrent().navigate("admin/users/" + second.id());
		UserDetailView view = (UserDetailView) getCurrentView();
		test(view.email).setValue(first.email());
		test(view.save).click();
		assertThat(view.email.isInvalid()).isTrue();
		assertThat(view.email.getErrorMessage()).isEqualTo("An account already uses this e-mail address.");

		test(view.email).setValue("");
		view.roles.setValue(Set.of(Roles.LEARNER, Roles.TRAINER));
		test(view.save).click();
		assertThat(admin.find(second.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Roles.LEARNER,
				Roles.TRAINER);
	}

	@Test
	void the_admins_own_account_cannot_be_deactivated_from_the_page() {
		TestUser me = signInAs(Locale.ENGLISH, Roles.ADMIN);
		UI.getCurrent().navigate("admin/users/" + me.id());
		UserDetailView view = (UserDetailView) getCurrentView();
		assertThat(view.toggleActive.isEnabled()).isFalse();
		assertThat(view.roles.getHelperText()).isEqualTo("You cannot remove your own admin role.");
	}

	@Test
	void admin_deactivates_a_user_after_confirming() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		TestUser learner = users.create("leaving", Locale.FRENCH, Roles.LEARNER);
		UI.getCurrent().navigate("admin/users/" + learner.id());
		UserDetailView view = (UserDetailView) getCurrentView();
		test(view.toggleActive).click();
		test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
		assertThat(admin.find(learner.id()).orElseThrow().enabled()).isFalse();
		assertThat(view.toggleActive.getText()).isEqualTo("Reactivate");
	}

	@Test
	void learners_and_trainers_get_the_404_page_on_every_admin_route() {
		for (String role : new String[] { Roles.LEARNER, Roles.TRAINER }) {
			TestUser user = signInAs(Locale.ENGLISH, role);
			for (String route : new String[] { "admin/users", "admin/users/" + user.id(), "admin/audit" }) {
				UI.getCurrent().navigate(route);
				assertThat(getCurrentView()).as(role + " " + route)
					.isNotInstanceOfAny(UsersView.class, UserDetailView.class);
				assertThat(getCurrentView().getElement().getTextRecursively()).as(role + " " + route)
					.contains(NOT_AVAILABLE);
			}
		}
	}

	@Test
	void an_unknown_user_id_is_the_404_page() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		for (String route : new String[] { "admin/users/999999999", "admin/users/abc" }) {
			UI.getCurrent().navigate(route);
			assertThat(getCurrentView().getElement().getTextRecursively()).as(route).contains(NOT_AVAILABLE);
		}
	}

	@Test
	void a_reset_link_sets_the_password_once_then_says_it_is_used() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		TestUser learner = users.create("resetting", Locale.ENGLISH, Roles.LEARNER);
		String token = resets.issue(learner.id()).path().substring(PasswordResets.PATH.length());
		fr.cmacademy.TestUsers.signOut();

		UI.getCurrent().navigate("reset-password/" + token);
		ResetPasswordView view = (ResetPasswordView) getCurrentView();
		test(view.password).setValue("a fresh passphrase");
		test(view.confirm).setValue("a different one");
		test(view.submit).click();
		assertThat(view.confirm.isInvalid()).isTrue();
		test(view.confirm).setValue("a fresh passphrase");
		test(view.submit).click();
		assertThat(getCurrentView()).isInstanceOf(LoginView.class);

		UI.getCurrent().navigate("reset-password/" + token);
		assertThat(find(Paragraph.class).withText(
				"This link does not work any more: it was already used, a newer link replaced it, the password was changed since, or it expired.")
			.exists()).isTrue();
	}

	@Test
	void login_offers_forgot_password_and_the_page_says_to_ask_an_admin_when_mail_is_off() {
		jdbc.sql("DELETE FROM app_setting WHERE name LIKE 'mail.%'").update();
		UI.getCurrent().setLocale(Locale.ENGLISH);
		navigate(ForgotPasswordView.class);
		assertThat(find(Paragraph.class)
			.withText("This platform does not send e-mails. Ask an administrator for a password link.")
			.exists()).isTrue();
		LoginView login = navigate(LoginView.class);
		assertThat(find(LoginForm.class).single().isForgotPasswordButtonVisible()).isTrue();
		assertThat(login.texts.getForm().getForgotPassword()).isEqualTo("Forgot password?");
	}

}
