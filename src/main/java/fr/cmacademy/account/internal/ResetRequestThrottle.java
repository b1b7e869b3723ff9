package fr.cmacademy.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits "forgot password" requests in a sliding window, in memory like
 * {@link LoginThrottle}: per account (3 an hour, so nobody's mailbox is flooded) and per
 * client address (10 an hour, against a script trying many names).
 */
@Component
public class ResetRequestThrottle {

	private final Clock clock;

	private final int maxPerLogin;

	private final int maxPerAddress;

	private final Duration window;

	private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

	ResetRequestThrottle(Clock clock, @Value("${cm.reset.max-requests-per-account:3}") int maxPerLogin,
			@Value("${cm.reset.max-requests-per-address:10}") int maxPerAddress,
			@Value("${cm.reset.request-window:1h}") Duration window) {
		this.clock = clock;
		this.maxPerLogin = maxPerLogin;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
	}

	/** Whether the client address has used up its requests (checked before anything). */
	public boolean addressBlocked(String address) {
		return full("address:" + address, maxPerAddress, clock.instant());
	}

	/**
	 * Counts a request; answers whether it may go ahead (neither the address nor the
	 * login over its limit).
	 */
	public boolean tryAcquire(String login, String address) {
		Instant now = clock.instant();
		String loginKey = "login:" + login.strip().toLowerCase(Locale.ROOT);
		String addressKey = "address:" + address;
		boolean allowed = !full(loginKey, maxPerLogin, now) && !full(addressKey, maxPerAddress, now);
		add(addressKey, now);
		if (allowed) {
			add(loginKey, now);
		}
		if (requests.size() > 100_000) {
			requests.entrySet().removeIf(entry -> {
				synchronized (entry.getValue()) {
					prune(entry.getValue(), now);
					return entry.getValue().isEmpty();
				}
			});
		}
		return allowed;
	}

	private boolean full(String key, int max, Instant now) {
		Deque<Instant> times = requests.get(key);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			prune(times, now);
			return times.size() >= max;
		}
	}

	private void add(String key, Instant now) {
		Deque<Instant> times = requests.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
			while (times.size() > 1000) {
				times.removeFirst();
			}
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
			times.removeFirst();
		}
	}

}
