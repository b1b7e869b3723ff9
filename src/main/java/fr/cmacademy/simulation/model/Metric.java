package fr.cmacademy.simulation.model;

import fr.cmacademy.shared.Text;

/** A gauge the run moves (sentiment, trust, escalation risk…), clamped to [min, max]. */
public record Metric(String id, Text label, int start, int min, int max, Good good) {

	/** Which direction is good, so a UI can colour the gauge. */
	public enum Good {

		HIGH, LOW

	}

	public int clamp(int value) {
		return Math.max(min, Math.min(max, value));
	}

}
