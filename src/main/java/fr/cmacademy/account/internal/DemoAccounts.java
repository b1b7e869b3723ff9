package fr.cmacademy.account.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.shared.Roles;

/**
 * Creates the demo accounts listed in README (one admin, one trainer, two learners) when
 * {@code cm.demo.seed=true}, which the embedded database sets by default. Accounts that
 * already exist are left as they are, so a restart changes nothing.
 */
@Component
@ConditionalOnBooleanProperty("cm.demo.seed")
class DemoAccounts implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoAccounts.class);

	record Demo(String username, String displayName, String password, Locale locale, Set<String> roles) {
	}

	static final Set<Demo> ACCOUNTS = Set.of(
			new Demo("admin", "Alex Morel", "admin-cm-2026", Locale.FRENCH, Set.of(Roles.ADMIN)),
			new Demo("trainer", "Claire Dubois", "trainer-cm-2026", Locale.FRENCH, Set.of(Roles.TRAINER)),
			new Demo("camille", "Camille Laurent", "learner-cm-2026", Locale.FRENCH, Set.of(Roles.LEARNER)),
			new Demo("jordan", "Jordan Smith", "learner-cm-2026", Locale.ENGLISH, Set.of(Roles.LEARNER)));

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	DemoAccounts(UserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Demo demo : ACCOUNTS) {
			if (!users.usernameTaken(demo.username())) {
				users.insert(demo.username(), demo.username() + "@cm-academy.test", demo.displayName(),
						passwordEncoder.encode(demo.password()), demo.locale(), demo.roles(), clock.instant());
				log.info("Demo account created: " + demo.username());
			}
		}
	}

}
