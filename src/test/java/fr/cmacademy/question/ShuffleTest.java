package fr.cmacademy.question;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShuffleTest {

	private static Question q(String gift) {
		return GiftParser.parse(gift).questions().get(0);
	}

	private static final Question SIX = q("// [id:six]\nQ{=a ~b ~c ~d ~e ~f}");

	private static final Ordering STEPS = (Ordering) q("// [id:steps]\nQ{\n>a\n>b\n>c\n>d\n>e\n}");

	@Test
	void the_same_seed_gives_the_same_order() {
		assertThat(Shuffle.choiceOrder(SIX, 42, true)).isEqualTo(Shuffle.choiceOrder(SIX, 42, true));
		assertThat(Shuffle.initialOrder(STEPS, 42)).isEqualTo(Shuffle.initialOrder(STEPS, 42));
	}

	@Test
	void orders_never_change_between_releases() {
		// Attempts are reopened with their seed only: if this fails, reopened attempts
		// would show their answers in another order.
		assertThat(Shuffle.choiceOrder(SIX, 20260105L, true)).containsExactly(4, 3, 0, 2, 5, 1);
		assertThat(Shuffle.initialOrder(STEPS, 20260105L)).containsExactly(2, 0, 3, 4, 1);
	}

	@Test
	void seeds_give_different_permutations() {
		Set<List<Integer>> orders = new HashSet<>();
		for (long seed = 0; seed < 50; seed++) {
			List<Integer> order = Shuffle.choiceOrder(SIX, seed, true);
			assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
			orders.add(order);
		}
		assertThat(orders).hasSizeGreaterThan(30);
	}

	@Test
	void questions_of_one_attempt_are_shuffled_independently_but_both_languages_alike() {
		Question other = q("// [id:other]\nQ{=a ~b ~c ~d ~e ~f}");
		Question english = q("// [id:six]\nEnglish text{=A ~B ~C ~D ~E ~F}");
		long differing = IntStream.range(0, 20)
			.filter(seed -> !Shuffle.choiceOrder(SIX, seed, true).equals(Shuffle.choiceOrder(other, seed, true)))
			.count();
		assertThat(differing).isGreaterThan(15);
		assertThat(Shuffle.choiceOrder(english, 7, true)).isEqualTo(Shuffle.choiceOrder(SIX, 7, true));
	}

	@Test
	void without_shuffle_the_order_is_the_files() {
		assertThat(Shuffle.choiceOrder(SIX, 42, false)).containsExactly(0, 1, 2, 3, 4, 5);
	}

	@Test
	void matching_shuffles_its_answers_and_other_types_have_nothing_to_shuffle() {
		Question matching = q("// [id:m]\nQ{=a -> 1 =b -> 2 =c -> 2 = -> 3}");
		assertThat(Shuffle.choiceOrder(matching, 3, true)).containsExactlyInAnyOrder(0, 1, 2);
		assertThat(Shuffle.choiceOrder(q("Q{T}"), 3, true)).isEmpty();
		assertThat(Shuffle.choiceOrder(q("Q{#3}"), 3, true)).isEmpty();
	}

	@Test
	void an_ordering_question_never_starts_with_an_item_in_its_place() {
		for (long seed = 0; seed < 200; seed++) {
			List<Integer> order = Shuffle.initialOrder(STEPS, seed);
			assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
			assertThat(IntStream.range(0, order.size())).noneMatch(i -> order.get(i) == i);
			assertThat(Grader.grade(STEPS, new OrderingResponse(order)).fraction()).isZero();
		}
		Ordering two = (Ordering) q("Q{\n>a\n>b\n}");
		assertThat(Shuffle.initialOrder(two, 5)).containsExactly(1, 0);
	}

}
