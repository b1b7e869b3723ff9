package fr.cmacademy.simulation.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A question about an analytics dashboard. Which fields are set depends on the type:
 * numeric ({@code number}, {@code tolerance}, {@code unit}), choice ({@code options},
 * {@code choice}), anomaly ({@code day} or {@code post}), text ({@code checks}).
 */
public record Question(String id, Type type, Text prompt, @Nullable Double number, double tolerance,
		@Nullable String unit, List<Choice> options, @Nullable String choice, @Nullable Integer day,
		@Nullable String post, @Nullable Checks checks, boolean review, int points, @Nullable Text explanation) {

	public enum Type {

		NUMERIC, CHOICE, ANOMALY, TEXT

	}

	public record Choice(String id, Text text) {
	}

}
