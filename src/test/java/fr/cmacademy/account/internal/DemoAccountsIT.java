package fr.cmacademy.account.internal;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoAccountsIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demo_accounts_are_not_created_unless_asked() {
		assertThat(context.getBeanNamesForType(DemoAccounts.class)).isEmpty();
	}

	@Test
	void seeding_creates_one_admin_one_trainer_two_learners_once() {
		DemoAccounts seeder = new DemoAccounts(users, passwordEncoder, Clock.systemUTC());
		seeder.run(new DefaultApplicationArguments());
		long after = count();
		seeder.run(new DefaultApplicationArguments());
		assertThat(count()).as("a second run changes nothing").isEqualTo(after);

		assertThat(users.findByLogin("admin").orElseThrow().account().roles()).containsExactly(Roles.ADMIN);
		assertThat(users.findByLogin("trainer").orElseThrow().account().roles()).containsExactly(Roles.TRAINER);
		assertThat(users.findByLogin("camille").orElseThrow().account().roles()).containsExactly(Roles.LEARNER);
		assertThat(users.findByLogin("jordan").orElseThrow().account().roles()).containsExactly(Roles.LEARNER);
		for (DemoAccounts.Demo demo : DemoAccounts.ACCOUNTS) {
			assertThat(authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(demo.username(), demo.password()))
				.isAuthenticated()).as(demo.username()).isTrue();
		}
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username IN ('admin', 'trainer', 'camille', 'jordan')")
			.query(Long.class)
			.single();
	}

}
