package fr.cmacademy;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.cmacademy.account.internal.UserRepository;

/**
 * Creates users with unique names for one test, and signs them in through the real
 * authentication manager.
 */
@Component
public class TestUsers {

	public static final String PASSWORD = "correct horse battery staple";

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuthenticationManager authenticationManager;

	private final SecurityContextHolderStrategy strategy;

	/**
	 * The strategy of the context this bean lives in, which its method security reads.
	 * Every Spring context with Vaadin security installs its own strategy as the global
	 * one, so after another test class starts a second context the global holder is not
	 * this context's any more.
	 */
	private static volatile @Nullable SecurityContextHolderStrategy lastUsed;

	TestUsers(UserRepository users, PasswordEncoder passwordEncoder, AuthenticationManager authenticationManager,
			ObjectProvider<SecurityContextHolderStrategy> strategy) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.authenticationManager = authenticationManager;
		this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** A user created for this test. */
	public record TestUser(long id, String username, String displayName) {
	}

	public TestUser create(String prefix, Locale locale, String... roles) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String displayName = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " Test";
		long id = users.insert(username, username + "@example.test", displayName, passwordEncoder.encode(PASSWORD),
				locale, Set.of(roles), Instant.now());
		return new TestUser(id, username, displayName);
	}

	/** Signs the user in for the current thread, as the login form would. */
	public void signIn(TestUser user) {
		var auth = authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.username(), PASSWORD));
		SecurityContext context = strategy.createEmptyContext();
		context.setAuthentication(auth);
		strategy.setContext(context);
		SecurityContextHolder.getContext().setAuthentication(auth);
		lastUsed = strategy;
	}

	public static void signOut() {
		SecurityContextHolderStrategy used = lastUsed;
		if (used != null) {
			used.clearContext();
		}
		SecurityContextHolder.clearContext();
	}

}
