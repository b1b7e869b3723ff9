package fr.cmacademy.simulation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.checks.CheckResult;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.EventType;
import fr.cmacademy.simulation.model.Image;

/** The values a {@link RunState} is made of, as a player UI shows them. */
public final class RunParts {

	private RunParts() {
	}

	/** What the brand did to an item in the thread. */
	public enum Mark {

		LIKED, PINNED, HIDDEN, DELETED, WARNED, BANNED

	}

	/**
	 * An item visible in the thread or feed, in order of appearance.
	 *
	 * @param id the timeline event id, or {@code <decision>/<option>} for the brand's
	 * replies
	 * @param persona a persona id, or {@code brand}
	 * @param learnerText whether the learner wrote the text (free-text option)
	 * @param decision for the brand's replies, the decision answered
	 */
	public record FeedItem(String id, String persona, EventType type, int at, @Nullable String replyTo, Text text,
			@Nullable Image image, boolean learnerText, Set<Mark> marks, @Nullable String decision) {

		public FeedItem with(Mark mark) {
			EnumSet<Mark> more = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
			more.add(mark);
			return new FeedItem(id, persona, type, at, replyTo, text, image, learnerText, Set.copyOf(more), decision);
		}

		public boolean has(Mark mark) {
			return marks.contains(mark);
		}

	}

	/** What a shock tells the learner (the post goes viral, a journalist calls…). */
	public record Notice(String event, int at, Text text) {
	}

	/** A metric's value from a simulated minute on. */
	public record MetricPoint(int at, int value) {
	}

	/**
	 * The answer given at a decision point.
	 *
	 * @param option null when the deadline passed without an answer
	 * @param points the score the answer earned
	 */
	public record Choice(String decision, @Nullable String option, int at, boolean automatic, @Nullable String text,
			@Nullable String language, List<CheckResult> checks, @Nullable Boolean passed, int points) {
	}

	public record Moderated(String item, ActionType action, int at, int points) {
	}

	/** An analytics answer as typed, with the checks of a text answer. */
	public record Answer(String question, String value, @Nullable String language, List<CheckResult> checks, int at) {
	}

	/**
	 * The latest draft for a writing target and its checks; {@code version} counts
	 * drafts.
	 */
	public record Draft(String target, String text, String altText, String language, List<CheckResult> checks, int at,
			int version) {

		public boolean passed() {
			return CheckResult.allPassed(checks);
		}

	}

}
