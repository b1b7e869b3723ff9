package fr.cmacademy.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.internal.UserAdminRepository;
import fr.cmacademy.account.internal.UserRepository;
import fr.cmacademy.account.internal.UserRepository.StoredUser;
import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.SignedInUser;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * Admins manage accounts: list and search, create, edit name, e-mail and roles,
 * deactivate and reactivate. An admin cannot deactivate themselves or drop their own
 * admin role, and the last active admin always keeps it. Every change is audited (ids and
 * role names only, never names or addresses).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserAdministration {

	static final Set<String> ROLES = Set.of(Roles.LEARNER, Roles.TRAINER, Roles.ADMIN);

	private final UserRepository users;

	private final UserAdminRepository admin;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final PasswordResets resets;

	private final SettingsService settings;

	private final AuditLog audit;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	private final SecureRandom random = new SecureRandom();

	UserAdministration(UserRepository users, UserAdminRepository admin, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, PasswordResets resets, SettingsService settings, AuditLog audit, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.users = users;
		this.admin = admin;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.resets = resets;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** A created account, and its reset link when the admin set no password. */
	public record Created(UserAccount account, @Nullable ResetLink link) {
	}

	@Transactional(readOnly = true)
	public List<UserAccount> page(UserQuery query, int offset, int limit) {
		return admin.page(query, offset, Math.min(limit, 500));
	}

	@Transactional(readOnly = true)
	public int count(UserQuery query) {
		return admin.count(query);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> find(long userId) {
		return users.findById(userId).map(StoredUser::account);
	}

	/** The language preselected for a new user (the platform's default). */
	public Locale defaultLocale() {
		return settings.defaultLocale();
	}

	/** Display names of many users in one query (the audit page's actors). */
	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> userIds) {
		return admin.displayNames(userIds);
	}

	/**
	 * Creates an account. Without a password, a reset link is issued (mailed when mail is
	 * on) so the user chooses one.
	 * @throws AccountException naming the field at fault
	 */
	@Transactional
	public Created create(NewUser form) {
		String username = AccountFields.username(form.username());
		String displayName = AccountFields.displayName(form.displayName());
		String email = AccountFields.optionalEmail(form.email());
		Set<String> roles = roles(form.roles());
		boolean withPassword = form.password() != null && !form.password().isEmpty();
		if (withPassword) {
			passwordPolicy.check(AccountFields.PASSWORD, form.password(), username);
		}
		if (users.usernameTaken(username)) {
			throw new AccountException(AccountFields.USERNAME, "account.username.taken");
		}
		if (email != null && users.emailTaken(email, -1)) {
			throw new AccountException(AccountFields.EMAIL, "account.email.taken");
		}
		Locale locale = form.locale() == null ? settings.defaultLocale() : AppI18NProvider.supported(form.locale());
		// Without a password the stored hash is of a random secret nobody knows.
		String password = withPassword ? form.password() : unguessable();
		long id;
		try {
			id = users.insert(username, email, displayName, passwordEncoder.encode(password), locale, roles,
					clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}
		audit.record("user.create", "user", id,
				"roles=" + String.join(",", new TreeSet<>(roles)) + ";password=" + (withPassword ? "set" : "link"));
		ResetLink link = withPassword ? null : resets.issue(id);
		return new Created(find(id).orElseThrow(), link);
	}

	/**
	 * Changes a user's display name, e-mail and roles.
	 * @throws AccountException naming the field at fault ({@code roles} when the change
	 * would leave no active admin, or remove the signed-in admin's own admin role)
	 */
	@Transactional
	public UserAccount update(long userId, @Nullable String displayName, @Nullable String email, Set<String> newRoles) {
		UserAccount before = locked(userId);
		String name = AccountFields.displayName(displayName);
		String mail = AccountFields.optionalEmail(email);
		Set<String> roles = roles(newRoles);
		if (mail != null && users.emailTaken(mail, userId)) {
			throw new AccountException(AccountFields.EMAIL, "account.email.taken");
		}
		if (before.hasRole(Roles.ADMIN) && !roles.contains(Roles.ADMIN)) {
			if (userId == currentId()) {
				throw new AccountException("roles", "account.admin.self-demote");
			}
			keepOneActiveAdmin(userId, "roles");
		}
		List<String> changed = new ArrayList<>();
		if (!name.equals(before.displayName())) {
			changed.add("displayName");
		}
		if (!Objects.equals(mail, before.email())) {
			changed.add("email");
		}
		try {
			admin.updateDetails(userId, name, mail);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}
		if (!roles.equals(before.roles())) {
			admin.replaceRoles(userId, roles);
			changed.add("roles=" + String.join(",", new TreeSet<>(roles)));
		}
		if (!changed.isEmpty()) {
			audit.record("user.update", "user", userId, String.join(";", changed));
		}
		return find(userId).orElseThrow();
	}

	/**
	 * Deactivates an account: the user cannot sign in, their open sessions end at their
	 * next request, and their reset links stop working. Their data stays.
	 */
	@Transactional
	public UserAccount deactivate(long userId) {
		UserAccount before = locked(userId);
		if (userId == currentId()) {
			throw new AccountException("form", "account.admin.self-deactivate");
		}
		if (!before.enabled()) {
			return before;
		}
		if (before.hasRole(Roles.ADMIN)) {
			keepOneActiveAdmin(userId, "form");
		}
		admin.setEnabled(userId, false);
		resets.revokeAll(userId);
		audit.record("user.deactivate", "user", userId, null);
		return find(userId).orElseThrow();
	}

	@Transactional
	public UserAccount reactivate(long userId) {
		UserAccount before = locked(userId);
		if (before.enabled()) {
			return before;
		}
		admin.setEnabled(userId, true);
		audit.record("user.reactivate", "user", userId, null);
		return find(userId).orElseThrow();
	}

	private UserAccount locked(long userId) {
		if (!admin.lock(userId)) {
			throw new AccountException("form", "account.admin.not-found");
		}
		return find(userId).orElseThrow();
	}

	private void keepOneActiveAdmin(long userId, String field) {
		List<Long> admins = admin.lockActiveAdmins();
		if (admins.contains(userId) && admins.size() <= 1) {
			throw new AccountException(field, "account.admin.last-admin");
		}
	}

	private static Set<String> roles(@Nullable Set<String> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new AccountException("roles", "account.admin.roles.required");
		}
		if (!ROLES.containsAll(roles)) {
			throw new AccountException("roles", "account.admin.roles.unknown");
		}
		return Set.copyOf(roles);
	}

	private static AccountException duplicate(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMessage());
		return message.contains("uk_app_user_email") ? new AccountException(AccountFields.EMAIL, "account.email.taken")
				: new AccountException(AccountFields.USERNAME, "account.username.taken");
	}

	private String unguessable() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private long currentId() {
		var auth = security.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user.id() : -1;
	}

}
