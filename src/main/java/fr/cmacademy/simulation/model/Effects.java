package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an option, an event or a moderation click does to the run. Metric changes keep the
 * file's order so that runs replay identically.
 *
 * @param advance simulated minutes that pass, or {@code null} for the action's default
 */
public record Effects(Map<String, Integer> metrics, List<String> set, List<String> clear, List<String> release,
		List<String> cancel, @Nullable Integer advance, int score) {

	public static final Effects NONE = new Effects(Map.of(), List.of(), List.of(), List.of(), List.of(), null, 0);

}
