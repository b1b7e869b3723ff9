package fr.cmacademy.question;

import java.util.List;

/**
 * The order a learner put the items of an ordering question in.
 *
 * @param order item indices (into {@link Ordering#items()}), first position first
 */
public record OrderingResponse(List<Integer> order) implements Response {

	public OrderingResponse {
		order = List.copyOf(order);
	}

	public static OrderingResponse of(Integer... order) {
		return new OrderingResponse(List.of(order));
	}

	@Override
	public boolean isEmpty() {
		return order.isEmpty();
	}

}
