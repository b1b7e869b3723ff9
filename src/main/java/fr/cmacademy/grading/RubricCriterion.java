package fr.cmacademy.grading;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A criterion to grade: its levels (points, or a range of points) from the lowest to the
 * highest, or no levels when any value from 0 to {@code maxPoints} in steps of
 * {@code step} is allowed. A criterion worth 0 points takes a comment only.
 *
 * @param context the learner's text this criterion is about, when it is one part of the
 * work (a reply in a scenario); null when it applies to the whole work
 */
public record RubricCriterion(String key, Text label, @Nullable Text description, @Nullable String context,
		List<RubricLevel> levels, double maxPoints, double step) {

	public RubricCriterion {
		levels = List.copyOf(levels);
	}

	/** Whether {@code points} is a grade this criterion allows. */
	public boolean allows(double points) {
		if (points < 0 || points > maxPoints + 1e-9) {
			return false;
		}
		if (levels.isEmpty()) {
			double steps = points / step;
			return Math.abs(steps - Math.rint(steps)) < 1e-9;
		}
		return levels.stream()
			.anyMatch(level -> points >= level.minPoints() - 1e-9 && points <= level.points() + 1e-9
					&& Math.abs(points - Math.rint(points)) < 1e-9);
	}

	/**
	 * A level of a criterion: worth {@code points}, or any whole number from
	 * {@code minPoints}.
	 */
	public record RubricLevel(Text label, double minPoints, double points) {

		public boolean range() {
			return minPoints < points;
		}

	}

}
