package fr.cmacademy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	/**
	 * The strategy of the context this bean lives in, which its method security reads.
	 * Every Spring context with Vaadin security installs its own strategy as the global
	 * one, so after another test class starts a second context the global holder is not
	 * this context's any more.
	 */
	private static volatile @Nullable SecurityContextHolderStrategy lastUsed;

	TestUsers(UserRepository users, PasswordEncoder passwordEncoder, AuthenticationManager authenticationManager,
			ObjectProvider<SecurityContextHolderStrategy> strategy, JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/**
	 * A new organisation and cohort (no deadline) with this trainer and these learners as
	 * current members, written straight to the tables (no enrolment: tests enrol as they
	 * need); returns the cohort's id.
	 */
	public long cohort(TestUser trainer, TestUser... learners) {
		return cohort(null, trainer, learners);
	}

	/** A cohort as {@link #cohort(TestUser, TestUser...)}, due at {@code deadline}. */
	public long cohort(@Nullable Instant deadline, TestUser trainer, TestUser... learners) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, :now)")
			.param("n", "Org " + suffix)
			.param("now", now)
			.update();
		jdbc.sql("""
				INSERT INTO cohort (organisation_id, code, name, deadline, created_at)
				SELECT id, :code, :name, :deadline, :now FROM organisation WHERE name = :org""")
			.param("code", "T-" + suffix)
			.param("name", "Cohort " + suffix)
			.param("deadline", deadline == null ? null : Timestamp.from(deadline))
			.param("now", now)
			.param("org", "Org " + suffix)
			.update();
		long cohort = jdbc.sql("SELECT id FROM cohort WHERE code = :code")
			.param("code", "T-" + suffix)
			.query(Long.class)
			.single();
		join(cohort, trainer, "TRAINER");
		for (TestUser learner : learners) {
			join(cohort, learner, "LEARNER");
		}
		return cohort;
	}

	/** Makes the user a current member of the cohort in a role (LEARNER or TRAINER). */
	public void join(long cohortId, TestUser user, String role) {
		jdbc.sql("""
				INSERT INTO cohort_member (cohort_id, user_id, role, added_at) VALUES (:c, :u, :r, :now)
				ON DUPLICATE KEY UPDATE removed_at = NULL""")
			.param("c", cohortId)
			.param("u", user.id())
			.param("r", role)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	/** Ends the user's membership of the cohort in a role (the row stays, stamped). */
	public void leave(long cohortId, TestUser user, String role) {
		jdbc.sql("""
				UPDATE cohort_member SET removed_at = :now
				WHERE cohort_id = :c AND user_id = :u AND role = :r AND removed_at IS NULL""")
			.param("c", cohortId)
			.param("u", user.id())
			.param("r", role)
			.param("now", Timestamp.from(Instant.now()))
			.update();
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
