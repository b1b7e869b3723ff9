package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Optional;

/** A moderation queue and the actions offered for each item. */
public record Moderation(List<ActionType> actions, List<ModerationItem> queue) implements Scenario.Body {

	public Optional<ModerationItem> item(String id) {
		return queue.stream().filter(i -> i.id().equals(id)).findFirst();
	}

}
