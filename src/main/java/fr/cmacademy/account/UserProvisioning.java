package fr.cmacademy.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.internal.ProvisioningRepository;
import fr.cmacademy.shared.Roles;

/**
 * Creating accounts in batches for admins (bulk import). Fields follow the same rules as
 * registration ({@link AccountFields}, {@link PasswordPolicy}). Passwords are hashed in
 * {@link #prepare} before the caller opens its transaction, so a batch's transaction
 * never waits for bcrypt. An account created without a password gets the hash of a random
 * secret that is thrown away at once: no password matches it, the login form refuses it
 * like any wrong password (after a real bcrypt comparison, so it takes the usual time),
 * and the user sets a password through a reset link.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserProvisioning {

	private final ProvisioningRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	private volatile @Nullable String unusableHash;

	UserProvisioning(ProvisioningRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	/** An account to create, with normalised fields. */
	public record NewUser(String username, String email, String displayName, @Nullable Locale locale, Set<String> roles,
			@Nullable String password) {

		@Override
		public String toString() {
			return "NewUser[" + username + "]";
		}

	}

	/** An account ready to insert: its password hashed. */
	public record Prepared(NewUser user, String passwordHash) {
	}

	/** A field that breaks the account rules, with the translation key of the message. */
	public record FieldProblem(String field, String messageKey) {
	}

	/** The outcome of {@link #check}: a valid account, or the problems. */
	public record Checked(@Nullable NewUser user, List<FieldProblem> problems) {
	}

	/**
	 * Checks and normalises one account's fields as registration does: user name rules
	 * (lower-cased), a required e-mail address, a display name, and the password policy
	 * when a password is given. Field names: {@code username}, {@code email},
	 * {@code displayName}, {@code password}.
	 */
	public Checked check(@Nullable String username, @Nullable String email, @Nullable String displayName,
			@Nullable String password, @Nullable Locale locale, Set<String> roles) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = attempt(() -> AccountFields.username(username), problems);
		String mail = attempt(() -> AccountFields.email(email), problems);
		String shown = attempt(() -> AccountFields.displayName(displayName), problems);
		String secret = password == null || password.isEmpty() ? null : password;
		if (secret != null) {
			passwordPolicy.problem(secret, name == null ? "" : name)
				.ifPresent(key -> problems.add(new FieldProblem(AccountFields.PASSWORD, key)));
		}
		if (!problems.isEmpty() || name == null || mail == null || shown == null) {
			return new Checked(null, problems);
		}
		return new Checked(new NewUser(name, mail, shown, locale, Set.copyOf(roles), secret), List.of());
	}

	private static @Nullable String attempt(java.util.function.Supplier<String> rule, List<FieldProblem> problems) {
		try {
			return rule.get();
		}
		catch (AccountException ex) {
			problems.add(new FieldProblem(ex.field(), ex.messageKey()));
			return null;
		}
	}

	/**
	 * The existing accounts holding any of these user names or e-mail addresses (e-mail
	 * compared without case, as the unique index does).
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> existing(Collection<String> usernames, Collection<String> emails) {
		return repository.existing(usernames, emails);
	}

	/** Hashes the passwords (bcrypt); call it outside any transaction. */
	public List<Prepared> prepare(List<NewUser> users) {
		List<Prepared> prepared = new ArrayList<>(users.size());
		for (NewUser user : users) {
			prepared.add(new Prepared(user,
					user.password() == null ? unusableHash() : passwordEncoder.encode(user.password())));
		}
		return prepared;
	}

	/**
	 * Inserts the accounts and their roles in the caller's transaction; returns their ids
	 * in the same order.
	 * @throws org.springframework.dao.DuplicateKeyException when a user name or e-mail
	 * address was taken meanwhile
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> insert(List<Prepared> users) {
		return repository.insertAll(users, clock.instant());
	}

	private String unusableHash() {
		String hash = unusableHash;
		if (hash == null) {
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			hash = passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
			unusableHash = hash;
		}
		return hash;
	}

}
