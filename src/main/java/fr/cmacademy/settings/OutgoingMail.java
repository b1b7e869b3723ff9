package fr.cmacademy.settings;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.cmacademy.settings.internal.SettingsRepository;

/**
 * The platform's outgoing e-mail, for every feature that mails (notifications, password
 * reset links). The SMTP server is the one an admin set on the platform page; until an
 * admin saves mail settings the application properties ({@code cm.mail.enabled},
 * {@code cm.mail.from}, {@code spring.mail.*}) apply. Settings are read at each sending,
 * so a change applies to the next e-mail without a restart.
 */
@Service
public class OutgoingMail {

	static final String ENABLED = "mail.enabled";

	static final String HOST = "mail.host";

	static final String PORT = "mail.port";

	static final String USERNAME = "mail.username";

	static final String PASSWORD = "mail.password";

	static final String SECURITY = "mail.security";

	static final String FROM = "mail.from";

	static final int TIMEOUT_MILLIS = 10_000;

	private static final Log log = LogFactory.getLog(OutgoingMail.class);

	private final SettingsRepository settings;

	private final ObjectProvider<JavaMailSender> propertySender;

	private final boolean propertyEnabled;

	private final String propertyFrom;

	private final String propertyHost;

	private final int propertyPort;

	private final String propertyUsername;

	private final String baseUrl;

	/** One thread, a bounded queue: mail queued after commit never piles up threads. */
	private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>(10_000), runnable -> {
				Thread thread = new Thread(runnable, "outgoing-mail");
				thread.setDaemon(true);
				return thread;
			});

	OutgoingMail(SettingsRepository settings, ObjectProvider<JavaMailSender> propertySender,
			@Value("${cm.mail.enabled:false}") boolean propertyEnabled,
			@Value("${cm.mail.from:CM Academy <no-reply@cm-academy.test>}") String propertyFrom,
			@Value("${spring.mail.host:}") String propertyHost, @Value("${spring.mail.port:25}") int propertyPort,
			@Value("${spring.mail.username:}") String propertyUsername,
			@Value("${cm.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.settings = settings;
		this.propertySender = propertySender;
		this.propertyEnabled = propertyEnabled;
		this.propertyFrom = propertyFrom;
		this.propertyHost = propertyHost;
		this.propertyPort = propertyPort;
		this.propertyUsername = propertyUsername;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The settings in force (the password is never returned). */
	public MailSettings current() {
		Map<String, String> stored = settings.findByPrefix("mail.");
		if (stored.containsKey(ENABLED)) {
			return new MailSettings(Boolean.parseBoolean(stored.get(ENABLED)), stored.get(HOST),
					parsePort(stored.get(PORT)), stored.get(USERNAME), stored.containsKey(PASSWORD),
					parseSecurity(stored.get(SECURITY)), stored.getOrDefault(FROM, propertyFrom), true);
		}
		return new MailSettings(propertyEnabled && propertySender.getIfAvailable() != null,
				propertyHost.isBlank() ? null : propertyHost, propertyPort,
				propertyUsername.isBlank() ? null : propertyUsername, false, MailSecurity.NONE, propertyFrom, false);
	}

	/** Whether e-mails go out at all: switched on and a server configured. */
	public boolean enabled() {
		return delivery(false) != null;
	}

	/**
	 * Sends a plain-text e-mail now, on the calling thread.
	 * @throws IllegalStateException when mail is off
	 * @throws org.springframework.mail.MailException when the server refuses or cannot be
	 * reached
	 */
	public void send(String to, String subject, String text) {
		Delivery delivery = delivery(false);
		if (delivery == null) {
			throw new IllegalStateException("E-mail is switched off");
		}
		send(delivery, to, subject, text);
	}

	/**
	 * Sends a test e-mail with the settings in force, even while mail is switched off, so
	 * an admin can check a server before turning mail on.
	 */
	void sendTest(String to, String subject, String text) {
		Delivery delivery = delivery(true);
		if (delivery == null) {
			throw new IllegalStateException("No SMTP server configured");
		}
		send(delivery, to, subject, text);
	}

	/**
	 * Sends an e-mail on the mail thread once the current transaction has committed (at
	 * once when there is none). A rollback sends nothing, the caller never waits for the
	 * server, and a failure is logged (without the text), never thrown.
	 */
	public void sendAfterCommit(String to, String subject, String text, String what) {
		Runnable job = () -> {
			try {
				send(to, subject, text);
			}
			catch (RuntimeException ex) {
				log.warn("E-mail (" + what + ") failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					queue(job, what);
				}
			});
		}
		else {
			queue(job, what);
		}
	}

	/** A path of the application ({@code reset-password/…}) as an absolute address. */
	public String absolute(String path) {
		return baseUrl + "/" + path;
	}

	private void queue(Runnable job, String what) {
		try {
			executor.execute(job);
		}
		catch (RejectedExecutionException ex) {
			log.warn("E-mail (" + what + ") not queued: too many waiting");
		}
	}

	private @Nullable Delivery delivery(boolean evenIfOff) {
		Map<String, String> stored = settings.findByPrefix("mail.");
		if (stored.containsKey(ENABLED)) {
			String host = stored.get(HOST);
			if ((!evenIfOff && !Boolean.parseBoolean(stored.get(ENABLED))) || host == null || host.isBlank()) {
				return null;
			}
			return new Delivery(sender(host, parsePort(stored.get(PORT)), stored.get(USERNAME), stored.get(PASSWORD),
					parseSecurity(stored.get(SECURITY))), stored.getOrDefault(FROM, propertyFrom));
		}
		JavaMailSender sender = propertySender.getIfAvailable();
		if (sender == null || (!evenIfOff && !propertyEnabled)) {
			return null;
		}
		return new Delivery(sender, propertyFrom);
	}

	private static JavaMailSender sender(String host, int port, @Nullable String username, @Nullable String password,
			MailSecurity security) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(host);
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		Properties props = new Properties();
		String protocol = security == MailSecurity.TLS ? "smtps" : "smtp";
		sender.setProtocol(protocol);
		if (username != null && !username.isBlank()) {
			sender.setUsername(username);
			sender.setPassword(password);
			props.put("mail." + protocol + ".auth", "true");
		}
		if (security == MailSecurity.STARTTLS) {
			props.put("mail.smtp.starttls.enable", "true");
			props.put("mail.smtp.starttls.required", "true");
		}
		props.put("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
		props.put("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MILLIS));
		props.put("mail." + protocol + ".writetimeout", Integer.toString(TIMEOUT_MILLIS));
		sender.setJavaMailProperties(props);
		return sender;
	}

	private static void send(Delivery delivery, String to, String subject, String text) {
		try {
			MimeMessage message = delivery.sender().createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(delivery.from());
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text, false);
			delivery.sender().send(message);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex.getMessage(), ex);
		}
	}

	static int parsePort(@Nullable String value) {
		try {
			return value == null ? 25 : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return 25;
		}
	}

	static MailSecurity parseSecurity(@Nullable String value) {
		try {
			return value == null ? MailSecurity.NONE : MailSecurity.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return MailSecurity.NONE;
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(5, TimeUnit.SECONDS);
	}

	private record Delivery(JavaMailSender sender, String from) {
	}

}
