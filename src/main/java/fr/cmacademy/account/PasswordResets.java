package fr.cmacademy.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.internal.PasswordResetRepository;
import fr.cmacademy.account.internal.PasswordResetRepository.StoredToken;
import fr.cmacademy.account.internal.ResetRequestThrottle;
import fr.cmacademy.account.internal.UserRepository;
import fr.cmacademy.account.internal.UserRepository.StoredUser;
import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.settings.OutgoingMail;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.SignedInUser;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * One-time password reset links: 256 random bits, only their SHA-256 stored, valid for
 * {@code cm.reset.validity} (24 hours), used once, replaced by a newer link and void
 * after any password change. Admins issue them (mailed when mail is on, else handed over
 * on screen); anyone may ask for one by user name or e-mail, with the same answer whether
 * the account exists or not.
 */
@Service
public class PasswordResets {

	public static final String PATH = "reset-password/";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final UserRepository users;

	private final PasswordResetRepository tokens;

	private final ResetRequestThrottle throttle;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final OutgoingMail mail;

	private final SettingsService settings;

	private final AppI18NProvider i18n;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration validity;

	private final SecurityContextHolderStrategy security;

	PasswordResets(UserRepository users, PasswordResetRepository tokens, ResetRequestThrottle throttle,
			PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, OutgoingMail mail, SettingsService settings,
			AppI18NProvider i18n, AuditLog audit, Clock clock, @Value("${cm.reset.validity:24h}") Duration validity,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.users = users;
		this.tokens = tokens;
		this.throttle = throttle;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.mail = mail;
		this.settings = settings;
		this.i18n = i18n;
		this.audit = audit;
		this.clock = clock;
		this.validity = validity;
	}

	/** What a "forgot password" request led to, as the visitor may know it. */
	public enum RequestOutcome {

		/**
		 * Same answer whether the account exists or not: a link was mailed if it does.
		 */
		ACCEPTED,

		/** Too many requests from this address: try later. */
		THROTTLED

	}

	/**
	 * An admin issues a reset link for a user: e-mailed after commit when mail is on and
	 * the user has an address, otherwise for the admin to hand over. Any older link stops
	 * working.
	 * @throws AccountException on field {@code form} when the user is deactivated
	 */
	@Transactional
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public ResetLink issue(long userId) {
		StoredUser user = users.findById(userId)
			.orElseThrow(() -> new AccountException("form", "account.admin.not-found"));
		if (!user.account().enabled()) {
			throw new AccountException("form", "account.admin.reset.inactive");
		}
		ResetLink link = store(user.account(), actorId());
		audit.record("user.password-reset.issue", "user", userId, "mailed=" + link.mailed());
		return link;
	}

	/**
	 * Someone asks for a link by user name or e-mail. Whether the account exists, is
	 * deactivated or already asked within the hour, the answer is the same
	 * ({@link RequestOutcome#ACCEPTED}); only an address over its limit is told to wait.
	 */
	@Transactional
	public RequestOutcome request(@Nullable String login, String clientAddress) {
		if (throttle.addressBlocked(clientAddress)) {
			return RequestOutcome.THROTTLED;
		}
		String value = login == null ? "" : login.strip();
		if (value.isEmpty() || value.length() > 254 || !throttle.tryAcquire(value, clientAddress)) {
			return RequestOutcome.ACCEPTED;
		}
		users.findByLogin(value)
			.map(StoredUser::account)
			.filter(UserAccount::enabled)
			.filter(account -> account.email() != null)
			.filter(account -> mail.enabled())
			.ifPresent(account -> store(account, null));
		return RequestOutcome.ACCEPTED;
	}

	/** Whether the link still works (for the page to show the form or say why not). */
	@Transactional(readOnly = true)
	public boolean usable(@Nullable String token) {
		return valid(token).flatMap(tokens::find)
			.filter(stored -> stored.expiresAt().isAfter(clock.instant()))
			.flatMap(stored -> users.findById(stored.userId()))
			.filter(user -> user.account().enabled())
			.isPresent();
	}

	/**
	 * Sets a new password with a link, which then stops working (as do all the user's
	 * links).
	 * @throws AccountException on field {@code token} when the link is unknown, used,
	 * expired or replaced, or on field {@code password} when the password breaks the
	 * policy
	 */
	@Transactional
	public void reset(@Nullable String token, @Nullable String newPassword) {
		StoredToken stored = valid(token).flatMap(tokens::findForUpdate)
			.filter(t -> t.expiresAt().isAfter(clock.instant()))
			.orElseThrow(() -> new AccountException("token", "account.reset.invalid"));
		StoredUser user = users.findById(stored.userId())
			.filter(u -> u.account().enabled())
			.orElseThrow(() -> new AccountException("token", "account.reset.invalid"));
		String password = newPassword == null ? "" : newPassword;
		passwordPolicy.check("password", password, user.account().username());
		users.updatePasswordHash(user.account().id(), passwordEncoder.encode(password));
		audit.record("user.password-reset.use", "user", user.account().id(), null);
	}

	/** Voids every link of a user (deactivation). */
	@Transactional
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public void revokeAll(long userId) {
		tokens.deleteFor(userId);
	}

	/**
	 * Whether visitors can get a link themselves: only when e-mail is on (otherwise an
	 * admin issues it).
	 */
	public boolean selfService() {
		return mail.enabled();
	}

	private @Nullable Long actorId() {
		var auth = security.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user.id() : null;
	}

	private ResetLink store(UserAccount user, @Nullable Long issuedBy) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expires = now.plus(validity);
		tokens.replace(user.id(), hash(token), now, expires, issuedBy);
		String path = PATH + token;
		boolean mailed = user.email() != null && mail.enabled();
		if (mailed) {
			Locale locale = user.preferredLocale() == null ? settings.defaultLocale()
					: AppI18NProvider.supported(user.preferredLocale());
			String site = settings.siteName();
			String subject = i18n.getTranslation("account.reset.mail.subject", locale, site);
			String text = i18n.getTranslation("account.reset.mail.body", locale, user.displayName(), site,
					mail.absolute(path), validity.toHours()) + "\n\n-- \n" + site + "\n";
			mail.sendAfterCommit(user.email(), subject, text, "password reset");
		}
		return new ResetLink(path, mailed, expires);
	}

	private static Optional<String> valid(@Nullable String token) {
		return token != null && TOKEN.matcher(token).matches() ? Optional.of(hash(token)) : Optional.empty();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
