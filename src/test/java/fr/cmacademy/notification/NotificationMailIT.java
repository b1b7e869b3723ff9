package fr.cmacademy.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notifications with mail switched on, against a real SMTP server (GreenMail on a free
 * loopback port): stored and mailed after commit in the recipient's language, nothing
 * after a rollback, an SMTP failure recorded but never thrown, and each user sees only
 * their own notifications.
 */
@IntegrationTest
class NotificationMailIT {

	private static final int SMTP_PORT = freePort();

	private static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	private static GreenMail smtp;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("cm.mail.enabled", () -> "true");
		registry.add("cm.mail.from", () -> "CM Academy <no-reply@academy.example>");
		registry.add("cm.mail.base-url", () -> "https://academy.example/");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
	}

	@Autowired
	NotificationService notifications;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final List<TestUser> created = new ArrayList<>();

	@BeforeAll
	static void startSmtp() {
		smtp = new GreenMail(SMTP);
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void emptyMailbox() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		created.forEach(u -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", u.id()).update());
	}

	@Test
	void a_notification_is_stored_and_mailed_in_the_recipients_language_with_an_absolute_link() throws Exception {
		TestUser camille = user(Locale.FRENCH);
		TestUser jordan = user(Locale.ENGLISH);
		transactions.executeWithoutResult(tx -> {
			notifications.notify(graded(camille, "Publication « été »"));
			notifications.notify(graded(jordan, "Summer post"));
		});

		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		MimeMessage french = only(address(camille));
		assertThat(french.getSubject()).isEqualTo("Votre travail « Publication « été » » a été noté");
		assertThat(french.getFrom()[0].toString()).contains("no-reply@academy.example");
		assertThat(french.getContentType()).startsWith("text/plain");
		assertThat(decoded(french)).contains("Vous avez obtenu 8 sur 10",
				"Ouvrir : https://academy.example/assignments/a-1");
		MimeMessage english = only(address(jordan));
		assertThat(english.getSubject()).isEqualTo("Your work on “Summer post” was graded");
		assertThat(decoded(english)).contains("You got 8 out of 10 on “Summer post”.",
				"Open: https://academy.example/assignments/a-1");

		users.signIn(camille);
		assertThat(notifications.unreadCount()).isEqualTo(1);
		List<NotificationEntry> recent = notifications.recent(0, 10);
		assertThat(recent).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(NotificationKinds.GRADE_RELEASED);
			assertThat(entry.args()).containsExactly("Publication « été »", "8", "10");
			assertThat(entry.link()).isEqualTo("assignments/a-1");
			assertThat(entry.unread()).isTrue();
		});
		awaitEmailState(recent.get(0).id(), "SENT");
	}

	@Test
	void a_rolled_back_caller_stores_nothing_and_mails_nothing() throws Exception {
		TestUser rolledBack = user(Locale.FRENCH);
		TestUser committed = user(Locale.ENGLISH);
		transactions.executeWithoutResult(tx -> {
			notifications.notify(graded(rolledBack, "Annulé"));
			tx.setRollbackOnly();
		});
		transactions.executeWithoutResult(tx -> notifications.notify(graded(committed, "Kept")));

		// Mail goes out in order on one thread: once the second one arrived, the first
		// would have too.
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		Thread.sleep(300);
		assertThat(received(address(rolledBack))).isEmpty();
		assertThat(received(address(committed))).hasSize(1);
		assertThat(rows(rolledBack)).isZero();
	}

	@Test
	void an_smtp_failure_is_recorded_and_never_reaches_the_caller() throws Exception {
		TestUser user = user(Locale.ENGLISH);
		smtp.stop();
		try {
			transactions.executeWithoutResult(tx -> notifications.notify(graded(user, "Offline")));
			long id = jdbc.sql("SELECT id FROM notification WHERE user_id = :u")
				.param("u", user.id())
				.query(Long.class)
				.single();
			awaitEmailState(id, "FAILED");
			users.signIn(user);
			assertThat(notifications.unreadCount()).isEqualTo(1);
		}
		finally {
			smtp = new GreenMail(SMTP);
			smtp.start();
		}
	}

	@Test
	void nothing_is_mailed_to_a_user_without_an_address() {
		TestUser user = user(Locale.FRENCH);
		jdbc.sql("UPDATE app_user SET email = NULL WHERE id = :id").param("id", user.id()).update();
		notifications.notify(graded(user, "Sans adresse"));
		assertThat(jdbc.sql("SELECT email_state FROM notification WHERE user_id = :u")
			.param("u", user.id())
			.query(String.class)
			.single()).isEqualTo("NONE");
	}

	@Test
	void a_user_cannot_read_or_mark_another_users_notification() {
		TestUser owner = user(Locale.FRENCH);
		TestUser other = user(Locale.FRENCH);
		notifications.notify(graded(owner, "Privé"));
		long id = jdbc.sql("SELECT id FROM notification WHERE user_id = :u")
			.param("u", owner.id())
			.query(Long.class)
			.single();

		users.signIn(other);
		assertThat(notifications.recent(0, 10)).isEmpty();
		assertThat(notifications.unreadCount()).isZero();
		assertThatThrownBy(() -> notifications.markRead(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> notifications.markRead(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
		notifications.markAllRead();

		users.signIn(owner);
		assertThat(notifications.unreadCount()).isEqualTo(1);
		notifications.markRead(id);
		assertThat(notifications.unreadCount()).isZero();
		assertThat(notifications.recent(0, 10).get(0).readAt()).isNotNull();
	}

	@Test
	void the_signed_in_side_needs_a_signed_in_user() {
		TestUsers.signOut();
		assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(Exception.class);
	}

	@Test
	void unknown_kinds_and_links_outside_the_application_are_refused() {
		TestUser user = user(Locale.FRENCH);
		assertThatThrownBy(
				() -> notifications.notify(new NotificationRequest(user.id(), "no-such-kind", List.of(), null)))
			.isInstanceOf(IllegalArgumentException.class);
		for (String link : new String[] { "https://evil.example/x", "//evil.example", "javascript:alert(1)",
				"/absolute" }) {
			assertThatThrownBy(() -> notifications
				.notify(new NotificationRequest(user.id(), NotificationKinds.CERTIFICATE_ISSUED, List.of("P"), link)))
				.as(link)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(rows(user)).isZero();
	}

	private TestUser user(Locale locale) {
		TestUser user = users.create("notif", locale, Roles.LEARNER);
		created.add(user);
		return user;
	}

	private static NotificationRequest graded(TestUser user, String title) {
		return new NotificationRequest(user.id(), NotificationKinds.GRADE_RELEASED, List.of(title, "8", "10"),
				"assignments/a-1");
	}

	private static String address(TestUser user) {
		return user.username() + "@example.test";
	}

	private MimeMessage only(String address) {
		List<MimeMessage> messages = received(address);
		assertThat(messages).as(address).hasSize(1);
		return messages.get(0);
	}

	private static List<MimeMessage> received(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private static String decoded(MimeMessage message) throws Exception {
		return ((String) message.getContent()).replace("\r\n", "\n");
	}

	private long rows(TestUser user) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u")
			.param("u", user.id())
			.query(Long.class)
			.single();
	}

	private void awaitEmailState(long id, String state) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(15));
		String current = null;
		while (Instant.now().isBefore(until)) {
			current = jdbc.sql("SELECT email_state FROM notification WHERE id = :id")
				.param("id", id)
				.query(String.class)
				.single();
			if (state.equals(current)) {
				return;
			}
			Thread.sleep(100);
		}
		assertThat(current).isEqualTo(state);
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
