package fr.cmacademy.simulation;

/**
 * The only source of randomness in a run: a number derived from the run seed and a name
 * (an event id and a purpose), with SplitMix64 over an FNV-1a hash. Each event's variant
 * and jitter depend only on the seed and the event, never on the order of actions, so
 * replays and resumed runs pick the same ones.
 */
final class Seeds {

	private Seeds() {
	}

	/** A number in [0, bound) for this seed and name. */
	static int pick(long seed, String name, int bound) {
		long mixed = mix(seed ^ hash(name));
		return (int) Math.floorMod(mixed, (long) bound);
	}

	private static long hash(String name) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < name.length(); i++) {
			hash ^= name.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	private static long mix(long value) {
		long z = value + 0x9e3779b97f4a7c15L;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
