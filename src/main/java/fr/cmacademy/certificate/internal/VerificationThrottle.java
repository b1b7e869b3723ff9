package fr.cmacademy.certificate.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits guessing on the public verification page: after too many unknown codes or
 * rejected credentials from one address within the window, that address gets no answer at
 * all (not even for a real code) until the oldest miss leaves the window. In memory, like
 * the login throttle: each instance protects itself.
 */
@Component
public class VerificationThrottle {

	private final Clock clock;

	private final int maxMisses;

	private final Duration window;

	private final Map<String, Deque<Instant>> misses = new ConcurrentHashMap<>();

	VerificationThrottle(Clock clock, @Value("${cm.verify.max-misses-per-address:20}") int maxMisses,
			@Value("${cm.verify.window:15m}") Duration window) {
		this.clock = clock;
		this.maxMisses = maxMisses;
		this.window = window;
	}

	public boolean locked(String address) {
		Deque<Instant> times = misses.get(address);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			prune(times, clock.instant());
			return times.size() >= maxMisses;
		}
	}

	public void recordMiss(String address) {
		Instant now = clock.instant();
		Deque<Instant> times = misses.computeIfAbsent(address, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
		}
		if (misses.size() > 100_000) {
			misses.values().removeIf(d -> {
				synchronized (d) {
					prune(d, now);
					return d.isEmpty();
				}
			});
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
			times.removeFirst();
		}
	}

}
