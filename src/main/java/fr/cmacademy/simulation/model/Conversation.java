package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A branching conversation: a timeline of posts and comments, decision points and an
 * optional early end.
 */
public record Conversation(List<TimelineEvent> timeline, List<Decision> decisions,
		@Nullable Condition endsWhen) implements Scenario.Body {

	public Optional<TimelineEvent> event(String id) {
		return timeline.stream().filter(e -> e.id().equals(id)).findFirst();
	}

	public Optional<Decision> decision(String id) {
		return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
	}

}
