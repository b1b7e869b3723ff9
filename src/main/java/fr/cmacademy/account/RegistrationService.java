package fr.cmacademy.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.internal.UserRepository;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * Self-registration of learners, when an admin has left it open. Every field is checked
 * here, whatever the form did.
 */
@Service
public class RegistrationService {

	private final UserRepository users;

	private final SettingsService settings;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	RegistrationService(UserRepository users, SettingsService settings, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, Clock clock) {
		this.users = users;
		this.settings = settings;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	/** What a visitor fills in to create a learner account. */
	public record Registration(@Nullable String displayName, @Nullable String username, @Nullable String email,
			@Nullable String password, @Nullable Locale locale) {
	}

	public boolean isOpen() {
		return settings.isRegistrationOpen();
	}

	/**
	 * Creates a learner account.
	 * @throws AccountException naming the field at fault, or field {@code form} when
	 * registration is closed
	 */
	@Transactional
	public UserAccount register(Registration form) {
		if (!settings.isRegistrationOpen()) {
			throw new AccountException("form", "account.register.closed");
		}
		String displayName = AccountFields.displayName(form.displayName());
		String username = AccountFields.username(form.username());
		String email = AccountFields.email(form.email());
		String password = form.password() == null ? "" : form.password();
		passwordPolicy.check(AccountFields.PASSWORD, password, username);
		if (users.usernameTaken(username)) {
			throw new AccountException(AccountFields.USERNAME, "account.username.taken");
		}
		if (users.emailTaken(email, -1)) {
			throw new AccountException(AccountFields.EMAIL, "account.email.taken");
		}
		Locale locale = form.locale() == null ? null : AppI18NProvider.supported(form.locale());
		try {
			long id = users.insert(username, email, displayName, passwordEncoder.encode(password), locale,
					Set.of(Roles.LEARNER), clock.instant());
			return users.findById(id).orElseThrow().account();
		}
		catch (DuplicateKeyException ex) {
			// Two registrations raced for the same name: the unique index decided.
			throw new AccountException(AccountFields.USERNAME, "account.username.taken");
		}
	}

}
