package fr.cmacademy.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestClock;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Password reset links with mail off (the demo): random, stored hashed, single use,
 * expiring, replaced by a newer link, void after a password change; "forgot password"
 * answers the same for unknown users and is throttled per address.
 */
@IntegrationTest
class PasswordResetsIT {

	@Autowired
	PasswordResets resets;

	@Autowired
	UserAdministration admin;

	@Autowired
	AccountService accounts;

	@Autowired
	TestUsers users;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuthenticationManager authentication;

	@BeforeEach
	void mailOff() {
		jdbc.sql("DELETE FROM app_setting WHERE name LIKE 'mail.%'").update();
	}

	@AfterEach
	void cleanUp() {
		clock.reset();
		TestUsers.signOut();
	}

	@Test
	void a_link_is_random_stored_only_hashed_and_works_once() throws Exception {
		TestUser learner = users.create("reset", Locale.FRENCH, Roles.LEARNER);
		String earlier = issue(learner);
		assertThat(earlier).hasSize(43);
		String token = issue(learner);
		assertThat(token).hasSize(43).isNotEqualTo(earlier);

		List<String> stored = jdbc.sql("SELECT token_hash FROM password_reset WHERE user_id = :u")
			.param("u", learner.id())
			.query(String.class)
			.list();
		assertThat(stored).containsExactly(sha256(token)).doesNotContain(token);

		assertThat(resets.usable(token)).isTrue();
		resets.reset(token, "my brand new passphrase");
		assertThat(signIn(learner.username(), "my brand new passphrase")).isTrue();
		assertThat(resets.usable(token)).isFalse();
		assertInvalid(() -> resets.reset(token, "another new passphrase"));
		assertThat(signIn(learner.username(), "my brand new passphrase")).isTrue();
	}

	@Test
	void a_link_expires_after_24_hours() {
		TestUser learner = users.create("expiry", Locale.FRENCH, Roles.LEARNER);
		String token = issue(learner);
		clock.advance(Duration.ofHours(23));
		assertThat(resets.usable(token)).isTrue();
		clock.advance(Duration.ofHours(1).plusSeconds(1));
		assertThat(resets.usable(token)).isFalse();
		assertInvalid(() -> resets.reset(token, "too late passphrase"));
	}

	@Test
	void a_newer_link_or_a_password_change_voids_the_older_link() {
		TestUser learner = users.create("newer", Locale.FRENCH, Roles.LEARNER);
		String first = issue(learner);
		String second = issue(learner);
		assertThat(resets.usable(first)).isFalse();
		assertThat(resets.usable(second)).isTrue();

		users.signIn(learner);
		accounts.changePassword(TestUsers.PASSWORD, "changed on my profile");
		assertThat(resets.usable(second)).isFalse();
	}

	@Test
	void the_password_policy_applies_and_a_refused_password_keeps_the_link() {
		TestUser learner = users.create("policy", Locale.FRENCH, Roles.LEARNER);
		String token = issue(learner);
		assertThatThrownBy(() -> resets.reset(token, "short")).isInstanceOfSatisfying(AccountException.class,
				ex -> assertThat(ex.field()).isEqualTo("password"));
		assertThatThrownBy(() -> resets.reset(token, learner.username())).isInstanceOfSatisfying(AccountException.class,
				ex -> assertThat(ex.field()).isEqualTo("password"));
		assertThat(resets.usable(token)).isTrue();
	}

	@Test
	void garbage_and_unknown_tokens_are_invalid() {
		for (String token : new String[] { "", "abc", "x".repeat(43), "'; DROP TABLE app_user; --", null }) {
			assertThat(resets.usable(token)).as(String.valueOf(token)).isFalse();
			assertInvalid(() -> resets.reset(token, "whatever passphrase"));
		}
	}

	@Test
	void a_deactivated_users_link_does_not_work() {
		TestUser learner = users.create("deact", Locale.FRENCH, Roles.LEARNER);
		String token = issue(learner);
		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = :id").param("id", learner.id()).update();
		assertThat(resets.usable(token)).isFalse();
		assertInvalid(() -> resets.reset(token, "whatever passphrase"));
		assertThatThrownBy(() -> authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(learner.username(), TestUsers.PASSWORD)))
			.isInstanceOf(DisabledException.class);
	}

	@Test
	void forgot_password_answers_the_same_for_known_and_unknown_users_and_is_throttled_per_address() {
		TestUser learner = users.create("forgot", Locale.FRENCH, Roles.LEARNER);
		String address = "198.51.100." + (int) (Math.random() * 250);
		String other = "203.0.113." + (int) (Math.random() * 250);
		assertThat(resets.request(learner.username(), address)).isEqualTo(PasswordResets.RequestOutcome.ACCEPTED);
		assertThat(resets.request("nobody-" + UUID.randomUUID(), address))
			.isEqualTo(PasswordResets.RequestOutcome.ACCEPTED);
		assertThat(resets.request(learner.username() + "@example.test", address))
			.isEqualTo(PasswordResets.RequestOutcome.ACCEPTED);
		// Mail is off: no link is made for anyone (an admin hands links over).
		assertThat(resets.selfService()).isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE user_id = :u")
			.param("u", learner.id())
			.query(Long.class)
			.single()).isZero();
		for (int i = 0; i < 7; i++) {
			assertThat(resets.request("nobody-" + i + "-" + UUID.randomUUID(), address))
				.isEqualTo(PasswordResets.RequestOutcome.ACCEPTED);
		}
		assertThat(resets.request("one-too-many", address)).isEqualTo(PasswordResets.RequestOutcome.THROTTLED);
		assertThat(resets.request(learner.username(), other)).isEqualTo(PasswordResets.RequestOutcome.ACCEPTED);
	}

	private String issue(TestUser user) {
		TestUser me = users.create("admin", Locale.ENGLISH, Roles.ADMIN);
		users.signIn(me);
		try {
			ResetLink link = resets.issue(user.id());
			assertThat(link.mailed()).isFalse();
			return link.path().substring(PasswordResets.PATH.length());
		}
		finally {
			TestUsers.signOut();
		}
	}

	private boolean signIn(String username, String password) {
		return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
			.isAuthenticated();
	}

	private static void assertInvalid(Runnable call) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(AccountException.class, ex -> {
			assertThat(ex.field()).isEqualTo("token");
			assertThat(ex.messageKey()).isEqualTo("account.reset.invalid");
		});
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
	}

}
