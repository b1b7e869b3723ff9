package fr.cmacademy.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.settings.internal.SettingsRepository;
import fr.cmacademy.shared.Roles;

/**
 * The admin's side of outgoing mail: read the SMTP settings (never the password), change
 * them, send a test e-mail. Every change is audited by setting name.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class MailSettingsService {

	private static final Pattern HOST = Pattern
		.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9a-fA-F:.]+\\]");

	private final SettingsRepository settings;

	private final OutgoingMail mail;

	private final AuditLog audit;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	MailSettingsService(SettingsRepository settings, OutgoingMail mail, AuditLog audit, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.settings = settings;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	@Transactional(readOnly = true)
	public MailSettings current() {
		return mail.current();
	}

	/**
	 * Saves the SMTP settings; from then on they replace the application properties.
	 * @throws SettingsException naming the field at fault ({@code host}, {@code port},
	 * {@code from}, {@code username})
	 */
	@Transactional
	public MailSettings save(MailForm form) {
		String host = trimmed(form.host());
		if (host != null && !HOST.matcher(host).matches()) {
			throw new SettingsException("host", "settings.mail.host.invalid");
		}
		if (form.enabled() && host == null) {
			throw new SettingsException("host", "settings.mail.host.required");
		}
		Integer port = form.port();
		if (port == null || port < 1 || port > 65535) {
			throw new SettingsException("port", "settings.mail.port.invalid");
		}
		String from = trimmed(form.from());
		if (from == null) {
			throw new SettingsException("from", "settings.mail.from.required");
		}
		try {
			InternetAddress address = new InternetAddress(from, true);
			address.validate();
		}
		catch (AddressException ex) {
			throw new SettingsException("from", "settings.mail.from.invalid");
		}
		String username = trimmed(form.username());
		if (username != null && username.length() > 254) {
			throw new SettingsException("username", "settings.mail.username.too-long");
		}
		if (form.password() != null && form.password().length() > 1000) {
			throw new SettingsException("password", "settings.mail.password.too-long");
		}
		Map<String, String> before = settings.findByPrefix("mail.");
		List<String> changed = new ArrayList<>();
		put(before, OutgoingMail.ENABLED, Boolean.toString(form.enabled()), changed);
		put(before, OutgoingMail.HOST, host, changed);
		put(before, OutgoingMail.PORT, Integer.toString(port), changed);
		put(before, OutgoingMail.USERNAME, username, changed);
		put(before, OutgoingMail.SECURITY, (form.security() == null ? MailSecurity.NONE : form.security()).name(),
				changed);
		put(before, OutgoingMail.FROM, from, changed);
		if (form.clearPassword()) {
			put(before, OutgoingMail.PASSWORD, null, changed);
		}
		else if (form.password() != null && !form.password().isEmpty()) {
			put(before, OutgoingMail.PASSWORD, form.password(), changed);
		}
		if (!changed.isEmpty()) {
			audit.record("settings.change", "settings", "mail", "changed=" + String.join(",", changed));
		}
		return mail.current();
	}

	/**
	 * Sends a test e-mail to the given address with the saved settings, even while mail
	 * is switched off, and waits for the server's answer.
	 * @throws SettingsException on field {@code testTo} for a bad address, or on field
	 * {@code test} with the server's reason when sending failed
	 */
	@Transactional(noRollbackFor = SettingsException.class)
	public void sendTest(@Nullable String to, String subject, String text) {
		String address = trimmed(to);
		try {
			if (address == null) {
				throw new AddressException();
			}
			new InternetAddress(address, true).validate();
		}
		catch (AddressException ex) {
			throw new SettingsException("testTo", "settings.mail.test.address-invalid");
		}
		audit.record("settings.mail.test", "settings", "mail", null);
		try {
			mail.sendTest(address, subject, text);
		}
		catch (IllegalStateException ex) {
			throw new SettingsException("test", "settings.mail.test.no-server");
		}
		catch (MailException ex) {
			throw new TestFailed(rootMessage(ex));
		}
	}

	/**
	 * The test e-mail could not be sent; the message is the server's or network's reason.
	 */
	public static class TestFailed extends SettingsException {

		private final String reason;

		TestFailed(String reason) {
			super("test", "settings.mail.test.failed");
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}

	}

	private void put(Map<String, String> before, String name, @Nullable String value, List<String> changed) {
		if (Objects.equals(before.get(name), value)) {
			return;
		}
		if (value == null) {
			settings.delete(name);
		}
		else {
			var auth = security.getContext().getAuthentication();
			settings.save(name, value, auth == null ? null : auth.getName(), clock.instant());
		}
		changed.add(name);
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

}
