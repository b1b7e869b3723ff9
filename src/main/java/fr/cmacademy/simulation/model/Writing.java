package fr.cmacademy.simulation.model;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;

/**
 * A writing brief: one announcement adapted to two or three platforms, graded by rubric.
 */
public record Writing(Text brief, @Nullable WritingImage image, List<Target> targets, List<Criterion> rubric,
		boolean review) implements Scenario.Body {

	public record WritingImage(String file, @Nullable Text altHint) {
	}

	/**
	 * One platform to write for.
	 *
	 * @param maxLength characters, or {@code null} for the platform's own limit
	 */
	public record Target(String id, Platform platform, @Nullable Integer maxLength, @Nullable Integer hashtagsMin,
			@Nullable Integer hashtagsMax, @Nullable String mention, boolean callToAction, boolean altText,
			@Nullable Checks checks) {

		public int lengthLimit() {
			return maxLength != null ? maxLength : platform.maxLength();
		}

	}

	public record Criterion(String id, Text label, List<Level> levels) {

		public int maxPoints() {
			return levels.stream().mapToInt(Level::points).max().orElse(0);
		}

	}

	public record Level(Text label, int points) {
	}

	public Optional<Target> target(String id) {
		return targets.stream().filter(t -> t.id().equals(id)).findFirst();
	}

}
