package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A decision point: it opens when its {@code on} event appears or its {@code when}
 * condition becomes true; one is active at a time.
 *
 * @param deadline simulated minutes after it becomes active before its {@code wait}
 * option (or no answer) is applied automatically
 * @param best the expert's option, shown as the better path when missed
 */
public record Decision(String id, @Nullable String on, @Nullable Condition when, Text prompt,
		@Nullable Integer deadline, List<Option> options, @Nullable String best) {

	public Optional<Option> option(String optionId) {
		return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
	}

}
