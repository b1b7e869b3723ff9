package fr.cmacademy.settings;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.account.PasswordResets;
import fr.cmacademy.audit.AuditEntry;
import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.notification.NotificationKinds;
import fr.cmacademy.notification.NotificationRequest;
import fr.cmacademy.notification.NotificationService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin's e-mail settings against a real SMTP server (GreenMail): with mail off in
 * the properties, saving a server here switches notifications and password links on; the
 * password is stored but never handed back; bad fields are named; a test e-mail reports
 * the server's answer; every change is audited by setting name only. Also the site name
 * and default language.
 */
@IntegrationTest
class MailSettingsIT {

	private static final int SMTP_PORT = freePort();

	private static GreenMail smtp;

	@Autowired
	MailSettingsService mailSettings;

	@Autowired
	SettingsService settings;

	@Autowired
	OutgoingMail outgoing;

	@Autowired
	NotificationService notifications;

	@Autowired
	PasswordResets resets;

	@Autowired
	AuditLog audit;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	static void startSmtp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void reset() throws Exception {
		jdbc.sql("DELETE FROM app_setting WHERE name LIKE 'mail.%' OR name IN ('site.name', 'default.locale')")
			.update();
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("DELETE FROM app_setting WHERE name LIKE 'mail.%' OR name IN ('site.name', 'default.locale')")
			.update();
		TestUsers.signOut();
	}

	@Test
	void saved_settings_replace_the_properties_and_the_notification_mailer_uses_them() throws Exception {
		assertThat(outgoing.enabled()).as("off in the test properties").isFalse();
		signInAdmin();
		MailSettings saved = mailSettings.save(new MailForm(true, "127.0.0.1", SMTP_PORT, null, null, false,
				MailSecurity.NONE, "Academy Admin <admin-mail@academy.example>"));
		assertThat(saved.fromAdmin()).isTrue();
		assertThat(outgoing.enabled()).isTrue();

		TestUser jordan = users.create("mailed", Locale.ENGLISH, Roles.LEARNER);
		transactions.executeWithoutResult(tx -> notifications.notify(new NotificationRequest(jordan.id(),
				NotificationKinds.GRADE_RELEASED, List.of("Summer post", "8", "10"), "assignments/a-1")));
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(jordan.username() + "@example.test");
		assertThat(message.getFrom()[0].toString()).contains("admin-mail@academy.example");

		mailSettings.save(new MailForm(false, "127.0.0.1", SMTP_PORT, null, null, false, MailSecurity.NONE,
				"no-reply@academy.example"));
		assertThat(outgoing.enabled()).as("switched off by the admin").isFalse();
	}

	@Test
	void forgot_password_mails_a_working_link_when_mail_is_on_and_nothing_for_unknown_users() throws Exception {
		signInAdmin();
		mailSettings.save(new MailForm(true, "127.0.0.1", SMTP_PORT, null, null, false, MailSecurity.NONE,
				"no-reply@academy.example"));
		TestUsers.signOut();
		TestUser camille = users.create("forgetful", Locale.FRENCH, Roles.LEARNER);
		assertThat(resets.selfService()).isTrue();

		assertThat(resets.request("nobody-" + camille.username(), "192.0.2.10"))
			.isEqualTo(PasswordResets.RequestOutcome.ACCEPTED);
		assertThat(resets.request(camille.username() + "@example.test", "192.0.2.10"))
			.isEqualTo(PasswordResets.RequestOutcome.ACCEPTED);
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		Thread.sleep(300);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).startsWith("Choisissez votre mot de passe");
		String body = ((String) received[0].getContent()).replace("\r\n", "\n");
		Matcher link = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		resets.reset(link.group(1), "chosen from the e-mail");
		assertThat(resets.usable(link.group(1))).isFalse();
	}

	@Test
	void the_password_is_stored_never_returned_and_kept_when_left_empty() {
		signInAdmin();
		mailSettings.save(new MailForm(false, "smtp.example.org", 587, "mailer", "s3cret-pass", false,
				MailSecurity.STARTTLS, "no-reply@example.org"));
		MailSettings current = mailSettings.current();
		assertThat(current.passwordSet()).isTrue();
		assertThat(current.toString()).doesNotContain("s3cret-pass");
		assertThat(Arrays.stream(MailSettings.class.getRecordComponents()).map(c -> c.getName()))
			.doesNotContain("password");

		mailSettings.save(new MailForm(false, "smtp.example.org", 2525, "mailer", "", false, MailSecurity.STARTTLS,
				"no-reply@example.org"));
		assertThat(stored("mail.password")).isEqualTo("s3cret-pass");
		assertThat(mailSettings.current().port()).isEqualTo(2525);

		mailSettings.save(new MailForm(false, "smtp.example.org", 2525, "mailer", null, true, MailSecurity.STARTTLS,
				"no-reply@example.org"));
		assertThat(mailSettings.current().passwordSet()).isFalse();

		List<AuditEntry> entries = audit.page("settings.change", "settings", "mail", 0, 10);
		assertThat(entries).isNotEmpty();
		assertThat(entries.get(0).detail()).isEqualTo("changed=mail.password");
		assertThat(entries).allSatisfy(e -> assertThat(e.detail()).doesNotContain("s3cret").doesNotContain("mailer"));
	}

	@Test
	void bad_fields_are_named() {
		signInAdmin();
		assertField(() -> mailSettings.save(new MailForm(true, null, 25, null, null, false, null, "a@b.example")),
				"host", "settings.mail.host.required");
		assertField(
				() -> mailSettings.save(new MailForm(true, "smtp example", 25, null, null, false, null, "a@b.example")),
				"host", "settings.mail.host.invalid");
		assertField(
				() -> mailSettings
					.save(new MailForm(true, "smtp.example.org", 0, null, null, false, null, "a@b.example")),
				"port", "settings.mail.port.invalid");
		assertField(
				() -> mailSettings
					.save(new MailForm(true, "smtp.example.org", 25, null, null, false, null, "not an address")),
				"from", "settings.mail.from.invalid");
		assertField(() -> mailSettings.sendTest("nope", "s", "t"), "testTo", "settings.mail.test.address-invalid");
		assertThat(mailSettings.current().fromAdmin()).isFalse();
	}

	@Test
	void a_test_email_arrives_or_reports_why_not() throws Exception {
		signInAdmin();
		mailSettings.save(new MailForm(false, "127.0.0.1", SMTP_PORT, null, null, false, MailSecurity.NONE,
				"no-reply@academy.example"));
		mailSettings.sendTest("admin@academy.example", "Test", "It works");
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Test");

		mailSettings.save(new MailForm(false, "127.0.0.1", freePort(), null, null, false, MailSecurity.NONE,
				"no-reply@academy.example"));
		assertThatThrownBy(() -> mailSettings.sendTest("admin@academy.example", "Test", "It fails"))
			.isInstanceOfSatisfying(MailSettingsService.TestFailed.class,
					ex -> assertThat(ex.reason()).containsIgnoringCase("connect"));
		assertThat(audit.page("settings.mail.test", "settings", "mail", 0, 2)).hasSize(2);
	}

	@Test
	void site_name_and_default_language_are_saved_checked_and_audited() {
		assertThat(settings.siteName()).isEqualTo("CM Academy");
		signInAdmin();
		settings.saveGeneral("  Académie Exemple ", Locale.ENGLISH);
		assertThat(settings.siteName()).isEqualTo("Académie Exemple");
		assertThat(settings.defaultLocale()).isEqualTo(Locale.ENGLISH);
		assertThat(audit.page("settings.change", "settings", "general", 0, 1)).singleElement()
			.satisfies(e -> assertThat(e.detail()).isEqualTo("changed=site.name,default.locale"));
		assertThatThrownBy(() -> settings.saveGeneral(" ", Locale.FRENCH))
			.isInstanceOfSatisfying(SettingsException.class, ex -> assertThat(ex.field()).isEqualTo("siteName"));
		assertThatThrownBy(() -> settings.saveGeneral("x".repeat(61), Locale.FRENCH)).isInstanceOfSatisfying(
				SettingsException.class, ex -> assertThat(ex.messageKey()).isEqualTo("settings.site-name.too-long"));
		assertThat(settings.siteName()).isEqualTo("Académie Exemple");
	}

	@Test
	void learners_and_trainers_cannot_read_or_change_settings() {
		for (String role : List.of(Roles.LEARNER, Roles.TRAINER)) {
			users.signIn(users.create("nosy", Locale.FRENCH, role));
			List<Runnable> calls = List.of(() -> mailSettings.current(),
					() -> mailSettings
						.save(new MailForm(true, "evil.example", 25, null, null, false, null, "a@evil.example")),
					() -> mailSettings.sendTest("a@evil.example", "s", "t"),
					() -> settings.saveGeneral("Pwned", Locale.FRENCH), () -> settings.setRegistrationOpen(false));
			for (Runnable call : calls) {
				assertThatThrownBy(call::run).as(role).isInstanceOf(AccessDeniedException.class);
			}
		}
		assertThat(settings.siteName()).isEqualTo("CM Academy");
	}

	private void signInAdmin() {
		users.signIn(users.create("admin", Locale.ENGLISH, Roles.ADMIN));
	}

	private String stored(String name) {
		return jdbc.sql("SELECT value FROM app_setting WHERE name = :n").param("n", name).query(String.class).single();
	}

	private static void assertField(Runnable call, String field, String key) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(SettingsException.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
