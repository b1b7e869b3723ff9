package fr.cmacademy.admin.ui;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.account.NewUser;
import fr.cmacademy.account.UserAdministration;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.Wordmark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log page (actors by display name, filters) and the platform's site and e-mail
 * settings cards (saved, errors on the field, the password never shown).
 */
class AuditAndSettingsViewsTest extends ViewTestBase {

	@Autowired
	UserAdministration admin;

	@Autowired
	SettingsService settings;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restoreSettings() {
		jdbc.sql("DELETE FROM app_setting WHERE name LIKE 'mail.%' OR name IN ('site.name', 'default.locale')")
			.update();
	}

	@Test
	void the_audit_log_shows_actors_by_name_newest_first_and_filters() {
		TestUser me = signInAs(Locale.ENGLISH, Roles.ADMIN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long id = admin
			.create(new NewUser("audited-" + tag, "Audited " + tag, null, null, Set.of(Roles.LEARNER),
					"a long enough secret"))
			.account()
			.id();
		admin.deactivate(id);

		AuditLogView view = navigate(AuditLogView.class);
		test(view.targetKind).setValue("user");
		test(view.targetId).setValue(Long.toString(id));
		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("user.deactivate");
		assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("user.create");
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(me.displayName());
		assertThat(view.count.getText()).isEqualTo("2 entries");

		test(view.action).setValue("user.create");
		assertThat(test(view.grid).size()).isEqualTo(1);
		test(view.action).setValue("cohort.");
		assertThat(test(view.grid).size()).isZero();
	}

	@Test
	void admin_renames_the_site_and_the_wordmark_follows() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		PlatformView view = navigate(PlatformView.class);
		test(view.general.siteName).setValue("");
		test(view.general.save).click();
		assertThat(view.general.siteName.isInvalid()).isTrue();
		assertThat(view.general.siteName.getErrorMessage()).isEqualTo("Enter the site name.");

		test(view.general.siteName).setValue("Académie Test");
		test(view.general.save).click();
		assertThat(settings.siteName()).isEqualTo("Académie Test");
		assertThat(new Wordmark().getElement().getTextRecursively()).isEqualTo("Académie Test");
	}

	@Test
	void mail_settings_are_saved_with_errors_on_the_field_and_the_password_never_shown() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		PlatformView view = navigate(PlatformView.class);
		MailSettingsCard mail = view.mail;
		test(mail.enabled).click();
		test(mail.host).setValue("smtp example");
		test(mail.save).click();
		assertThat(mail.host.isInvalid()).isTrue();

		test(mail.host).setValue("smtp.example.org");
		test(mail.port).setValue(587);
		test(mail.username).setValue("mailer");
		test(mail.password).setValue("never-shown-again");
		test(mail.from).setValue("CM <no-reply@example.org>");
		test(mail.save).click();
		assertThat(mail.host.isInvalid()).isFalse();

		PlatformView again = navigate(PlatformView.class);
		assertThat(again.mail.host.getValue()).isEqualTo("smtp.example.org");
		assertThat(again.mail.password.getValue()).isEmpty();
		assertThat(again.mail.password.getHelperText()).isEqualTo("A password is stored. Leave empty to keep it.");
		assertThat(again.getElement().getOuterHTML()).doesNotContain("never-shown-again");
	}

}
