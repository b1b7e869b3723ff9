package fr.cmacademy.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A written assignment as its {@code assignment.yaml} declares it: the brief, word
 * bounds, and the rubric a trainer grades it with.
 *
 * @param passMark the percentage of the rubric's maximum needed to pass, 1–100
 */
public record AssignmentDefinition(Text brief, @Nullable Integer minWords, @Nullable Integer maxWords, int passMark,
		List<Criterion> rubric) {

	/** The rubric's maximum: the top level of every criterion. */
	public int maxPoints() {
		return rubric.stream().mapToInt(Criterion::maxPoints).sum();
	}

	/** A rubric criterion and its levels, from the lowest to the highest. */
	public record Criterion(String id, Text label, @Nullable Text description, List<Level> levels) {

		public int maxPoints() {
			return levels.get(levels.size() - 1).points();
		}

	}

	/**
	 * A level of a criterion, worth {@code points}, or any whole number from
	 * {@code minPoints} to {@code points} when it is a range.
	 */
	public record Level(Text label, int minPoints, int points) {

		public boolean range() {
			return minPoints < points;
		}

	}

}
