package fr.cmacademy.simulation.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * Something that appears in a conversation: at a simulated minute ({@code at}), or when
 * an effect releases it ({@code byEffect}). {@code when} is tested at release time.
 *
 * @param persona a persona id, or {@link Persona#BRAND}
 */
public record TimelineEvent(String id, @Nullable Integer at, boolean byEffect, @Nullable Condition when, EventType type,
		@Nullable String replyTo, String persona, @Nullable Text text, List<Text> variants, @Nullable Image image,
		@Nullable Text notice, Effects effects) {

}
