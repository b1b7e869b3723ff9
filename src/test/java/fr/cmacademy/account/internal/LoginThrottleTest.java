package fr.cmacademy.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(clock, 10, 50, Duration.ofMinutes(15));

	@Test
	void nine_failures_do_not_lock() {
		fail("camille", "10.0.0.1", 9);
		assertThat(throttle.lockedUntil("camille", "10.0.0.1")).isNull();
	}

	@Test
	void ten_failures_lock_the_account_from_any_address_for_the_rest_of_the_window() {
		fail("camille", "10.0.0.1", 10);
		assertThat(throttle.lockedUntil("camille", "10.0.0.2")).isEqualTo(Instant.parse("2026-11-22T10:15:00Z"));
		assertThat(throttle.lockedUntil("jordan", "10.0.0.2")).isNull();
	}

	@Test
	void the_lock_is_case_insensitive_on_the_login() {
		fail("Camille", "10.0.0.1", 10);
		assertThat(throttle.lockedUntil("CAMILLE", "10.0.0.1")).isNotNull();
	}

	@Test
	void the_lock_ends_when_the_failures_leave_the_window() {
		fail("camille", "10.0.0.1", 10);
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.lockedUntil("camille", "10.0.0.1")).isNull();
	}

	@Test
	void failures_spread_over_more_than_the_window_do_not_lock() {
		for (int i = 0; i < 20; i++) {
			fail("camille", "10.0.0.1", 1);
			clock.advance(Duration.ofMinutes(2));
		}
		assertThat(throttle.lockedUntil("camille", "10.0.0.1")).isNull();
	}

	@Test
	void fifty_failures_from_one_address_lock_that_address_for_every_account() {
		for (int i = 0; i < 50; i++) {
			fail("user" + i, "10.0.0.9", 1);
		}
		assertThat(throttle.lockedUntil("someone-else", "10.0.0.9")).isNotNull();
		assertThat(throttle.lockedUntil("someone-else", "10.0.0.10")).isNull();
	}

	@Test
	void a_success_clears_the_account_failures() {
		fail("camille", "10.0.0.1", 9);
		throttle.recordSuccess("camille");
		fail("camille", "10.0.0.1", 9);
		assertThat(throttle.lockedUntil("camille", "10.0.0.1")).isNull();
	}

	private void fail(String login, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.recordFailure(login, address);
		}
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
