package fr.cmacademy.journey;

import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin creates a user without a password and sees the one-time link (mail is off);
 * the user opens it in their own browser, chooses a password and signs in; the admin
 * deactivates them: their open session ends and signing in is refused; the audit log
 * lists every step. Each page is screenshotted and checked with axe-core.
 */
class UserAdminJourneyIT extends Journey {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void mailOff() {
		jdbc.sql("DELETE FROM app_setting WHERE name LIKE 'mail.%'").update();
	}

	@Test
	void admin_creates_a_user_who_sets_a_password_by_link_then_is_deactivated() {
		TestUser admin = users.create("admin", Locale.ENGLISH, Roles.ADMIN);
		String username = "sam-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "sunny beach volley 42";

		Page adminPage = browser.newPage("en-GB");
		signIn(adminPage, admin, "users");
		adminPage.navigate(url("/admin/users"));
		assertThat(title(adminPage)).hasText("Users");
		adminPage.locator("vaadin-grid").waitFor();
		step(adminPage, "users-02-list");

		adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user")).click();
		adminPage.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).fill(username);
		adminPage.getByLabel("Full name", new Page.GetByLabelOptions().setExact(true)).fill("Sam Lee");
		step(adminPage, "users-03-create-dialog");
		adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the user")).click();

		assertThat(title(adminPage)).hasText("Sam Lee");
		assertThat(adminPage.getByText("give this link to the user yourself")).isVisible();
		String link = adminPage.locator(".reset-link__url input").inputValue();
		assertThat(link).contains("/reset-password/");
		step(adminPage, "users-04-created-link-shown");

		Page userPage = browser.newPage("en-GB");
		userPage.navigate(link);
		assertThat(userPage.getByText("Choose a new password").first()).isVisible();
		step(userPage, "users-05-reset-form");
		userPage.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		userPage.getByLabel("Confirm the new password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		userPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my password")).click();
		userPage.waitForURL("**/login?reset*");
		assertThat(userPage.getByText("Your password is changed. Sign in with it.")).isVisible();
		step(userPage, "users-06-password-set");
		fillLogin(userPage, username, password);
		userPage.waitForURL(u -> !u.contains("/login"));
		// Created without a language: the platform's default, French.
		assertThat(title(userPage)).hasText("Mon parcours");
		step(userPage, "users-07-user-signed-in");

		userPage.navigate(link);
		assertThat(userPage.getByText("Ce lien ne fonctionne plus")).isVisible();
		step(userPage, "users-08-link-used");

		adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate")).click();
		assertThat(adminPage.getByText("Deactivate this account?")).isVisible();
		step(adminPage, "users-09-confirm-deactivate");
		adminPage.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
		assertThat(adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactivate"))).isVisible();
		step(adminPage, "users-10-deactivated");

		// The user's open session ends at their next request.
		userPage.navigate(url("/learning"));
		userPage.waitForURL("**/login");
		fillLogin(userPage, username, password);
		userPage.waitForURL("**/login?error");
		assertThat(userPage.getByText("Incorrect user name or password")).isVisible();
		step(userPage, "users-11-login-refused");

		adminPage.navigate(url("/admin/audit"));
		assertThat(title(adminPage)).hasText("Audit log");
		adminPage.getByLabel("Target kind").fill("user");
		adminPage.getByLabel("Target id").fill(userId(username));
		adminPage.getByLabel("Target id").press("Enter");
		// Only this user's four entries once the filters apply.
		assertThat(adminPage.getByText("4 entries")).isVisible();
		for (String action : new String[] { "user.deactivate", "user.password-reset.use", "user.password-reset.issue",
				"user.create" }) {
			assertThat(adminPage.locator("vaadin-grid-cell-content")
				.getByText(action, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
				.first()).isVisible();
		}
		step(adminPage, "users-12-audit-log");
	}

	private String userId(String username) {
		return Long.toString(jdbc.sql("SELECT id FROM app_user WHERE username = :u")
			.param("u", username)
			.query(Long.class)
			.single());
	}

}
