package fr.cmacademy.simulation.model;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * One answer to a decision point. A free-text option publishes what the learner writes
 * and applies {@code passEffects} or {@code failEffects} depending on its checks, on top
 * of {@code effects}.
 *
 * @param label short button text; when absent a UI derives one from the action and text
 * @param to for {@code escalate}: support, legal or pr
 */
public record Option(String id, ActionType action, @Nullable String target, @Nullable String to, @Nullable Text label,
		@Nullable Text text, boolean freeText, @Nullable Checks checks, Effects effects, Effects passEffects,
		Effects failEffects, boolean review, @Nullable Text comment) {

}
