package fr.cmacademy.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in a sliding window. After 10
 * failures for one account, or 50 from one address (addresses are shared behind NAT, so
 * their limit is looser), within 15 minutes, further attempts are refused until the
 * oldest failure leaves the window, so a lock lasts at most one window. Kept in memory:
 * it protects one instance, which is what it must do against online guessing; a restart
 * forgets it.
 */
@Component
public class LoginThrottle {

	private final Clock clock;

	private final int maxPerLogin;

	private final int maxPerAddress;

	private final Duration window;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginThrottle(Clock clock, @Value("${cm.login.max-failures-per-account:10}") int maxPerLogin,
			@Value("${cm.login.max-failures-per-address:50}") int maxPerAddress,
			@Value("${cm.login.window:15m}") Duration window) {
		this.clock = clock;
		this.maxPerLogin = maxPerLogin;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
	}

	/**
	 * When the login or the address is locked, the instant it unlocks; otherwise
	 * {@code null}.
	 */
	public @Nullable Instant lockedUntil(String login, String address) {
		Instant now = clock.instant();
		Instant byLogin = lockedUntil(loginKey(login), maxPerLogin, now);
		Instant byAddress = lockedUntil(addressKey(address), maxPerAddress, now);
		if (byLogin == null) {
			return byAddress;
		}
		return byAddress == null || byLogin.isAfter(byAddress) ? byLogin : byAddress;
	}

	public void recordFailure(String login, String address) {
		Instant now = clock.instant();
		record(loginKey(login), maxPerLogin, now);
		record(addressKey(address), maxPerAddress, now);
		if (failures.size() > 100_000) {
			// Bound memory against a flood of distinct names: drop entries whose window
			// has passed.
			failures.entrySet().removeIf(entry -> expired(entry.getValue(), now));
		}
	}

	/**
	 * A successful login clears the account's failures (not the address's: it may be
	 * shared by an attacker).
	 */
	public void recordSuccess(String login) {
		failures.remove(loginKey(login));
	}

	private @Nullable Instant lockedUntil(String key, int max, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return null;
		}
		synchronized (times) {
			prune(times, now);
			return times.size() >= max ? times.peekFirst().plus(window) : null;
		}
	}

	private void record(String key, int max, Instant now) {
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
			while (times.size() > max) {
				times.removeFirst();
			}
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
			times.removeFirst();
		}
	}

	private boolean expired(Deque<Instant> times, Instant now) {
		synchronized (times) {
			prune(times, now);
			return times.isEmpty();
		}
	}

	private static String loginKey(String login) {
		return "login:" + login.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
