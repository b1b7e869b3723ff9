package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * One item of a moderation queue.
 *
 * @param expected the acceptable actions, best first
 * @param effects what each action does to metrics, flags and score (optional)
 */
public record ModerationItem(String id, String persona, EventType type, @Nullable Integer at, @Nullable Text context,
		Text text, Category category, List<ActionType> expected, Text explanation, int points,
		Map<ActionType, Effects> effects) {

	/** What an item is, for the over- and under-moderation counts. */
	public enum Category {

		SPAM, INSULT, HATE, HARASSMENT, PERSONAL_DATA, CRITICISM, OFF_TOPIC, LEGAL_RISK, LEGITIMATE

	}

	public ActionType best() {
		return expected.get(0);
	}

}
