package fr.cmacademy.question;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order answers are shown in, derived from a seed only, so that an attempt shows the
 * same order every time it is reopened without storing it.
 *
 * <p>
 * The seed is mixed with the question's id (its name when it has none): the questions of
 * one attempt are shuffled independently from one attempt seed, and the French and
 * English versions of a bilingual question, which share their id, get the same order. The
 * algorithm ({@link Random}, whose sequence the JDK specifies, and a Fisher-Yates
 * shuffle) must never change, or reopened attempts would show another order.
 */
public final class Shuffle {

	private static final long CHOICES = 0x43484F4943455300L;

	private static final long ITEMS = 0x4F52444552494E47L;

	private Shuffle() {
	}

	/**
	 * The display order of a question's choices (single and multiple choice), right-hand
	 * options (matching) or items (ordering): element {@code i} is the canonical index
	 * shown at position {@code i}. The identity when {@code shuffle} is false; empty for
	 * questions without such a list.
	 */
	public static List<Integer> choiceOrder(Question question, long seed, boolean shuffle) {
		int size = switch (question) {
			case SingleChoice q -> q.choices().size();
			case MultipleChoice q -> q.choices().size();
			case Matching q -> q.options().size();
			case Ordering q -> q.items().size();
			default -> 0;
		};
		List<Integer> order = identity(size);
		if (shuffle) {
			shuffle(order, new Random(seed ^ key(question) ^ CHOICES));
		}
		return List.copyOf(order);
	}

	/**
	 * The order an ordering question's items are first shown in: a permutation where no
	 * item is at its right place (when there are at least two), so that submitting it
	 * unchanged earns nothing.
	 */
	public static List<Integer> initialOrder(Ordering question, long seed) {
		int size = question.items().size();
		List<Integer> order = identity(size);
		if (size < 2) {
			return List.copyOf(order);
		}
		Random random = new Random(seed ^ key(question) ^ ITEMS);
		// Rejection sampling gives every derangement the same chance; about 1 in e
		// permutations is one, so 64 tries practically always succeed.
		for (int attempt = 0; attempt < 64; attempt++) {
			shuffle(order, random);
			if (isDerangement(order)) {
				return List.copyOf(order);
			}
		}
		List<Integer> rotated = new ArrayList<>(identity(size).subList(1, size));
		rotated.add(0);
		return List.copyOf(rotated);
	}

	private static List<Integer> identity(int size) {
		return new ArrayList<>(IntStream.range(0, size).boxed().toList());
	}

	private static void shuffle(List<Integer> list, Random random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Integer swapped = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swapped);
		}
	}

	private static boolean isDerangement(List<Integer> order) {
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i) == i) {
				return false;
			}
		}
		return true;
	}

	/** FNV-1a of the question's id: stable across JVMs, unlike identity hash codes. */
	private static long key(Question question) {
		String id = question.idNumber() != null ? question.idNumber() : question.name();
		long hash = 0xcbf29ce484222325L;
		for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xff;
			hash *= 0x100000001b3L;
		}
		return hash;
	}

}
