package fr.cmacademy.account;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.internal.AccountPrincipal;
import fr.cmacademy.account.internal.UserRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * The signed-in user's own account: read it, edit the profile, change the password.
 */
@Service
public class AccountService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final TrainerScope scope;

	/**
	 * The security context of this application context: the one its filter chain and
	 * method security use (the global holder may belong to another context in tests).
	 */
	private final SecurityContextHolderStrategy security;

	AccountService(UserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			TrainerScope scope, ObjectProvider<SecurityContextHolderStrategy> security) {
		this.scope = scope;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
	}

	/**
	 * The signed-in user's id, straight from the security context (no query), or empty
	 * for an anonymous visitor.
	 */
	public Optional<Long> currentUserId() {
		return currentId();
	}

	/**
	 * Whether the signed-in user may read work owned by {@code ownerId}: their own,
	 * anyone's for admins, and for trainers the learners of the cohorts they currently
	 * train ({@link TrainerScope}: one query, none for oneself or an admin).
	 */
	public boolean mayRead(long ownerId) {
		Authentication auth = security.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
			return false;
		}
		return principal.id() == ownerId || scope.currentUserSees(ownerId);
	}

	/** The signed-in user, or empty for an anonymous visitor. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> current() {
		return currentId().flatMap(users::findById).map(UserRepository.StoredUser::account);
	}

	/**
	 * Any user by id, for features that act on a learner's behalf after an event
	 * (certificates issued when the rules are met, possibly from a scheduled job with no
	 * signed-in user).
	 */
	@Transactional(readOnly = true)
	public Optional<UserAccount> byId(long userId) {
		return users.findById(userId).map(UserRepository.StoredUser::account);
	}

	/** Any user by user name or e-mail address, for admins. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public Optional<UserAccount> byLogin(String login) {
		return users.findByLogin(login).map(UserRepository.StoredUser::account);
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public UserAccount updateProfile(@Nullable String displayName, @Nullable String email, @Nullable Locale locale) {
		long id = requireCurrentId();
		String name = AccountFields.displayName(displayName);
		String mail = AccountFields.optionalEmail(email);
		if (mail != null && users.emailTaken(mail, id)) {
			throw new AccountException(AccountFields.EMAIL, "account.email.taken");
		}
		users.updateProfile(id, name, mail, locale == null ? null : AppI18NProvider.supported(locale));
		return current().orElseThrow();
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void rememberLocale(Locale locale) {
		users.updateLocale(requireCurrentId(), AppI18NProvider.supported(locale));
	}

	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void changePassword(String currentPassword, String newPassword) {
		var stored = users.findById(requireCurrentId()).orElseThrow();
		if (!passwordEncoder.matches(currentPassword, stored.passwordHash())) {
			throw new AccountException(AccountFields.CURRENT_PASSWORD, "account.password.current-wrong");
		}
		passwordPolicy.check(AccountFields.PASSWORD, newPassword, stored.account().username());
		users.updatePasswordHash(stored.account().id(), passwordEncoder.encode(newPassword));
	}

	/** How many users hold each role, for the admin's platform page. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public RoleCounts roleCounts() {
		var counts = users.countByRole();
		return new RoleCounts(counts.get(0), counts.get(1), counts.get(2));
	}

	/** Number of users per role. */
	public record RoleCounts(long learners, long trainers, long admins) {
	}

	private Optional<Long> currentId() {
		Authentication auth = security.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal ? Optional.of(principal.id())
				: Optional.empty();
	}

	private long requireCurrentId() {
		return currentId().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

}
