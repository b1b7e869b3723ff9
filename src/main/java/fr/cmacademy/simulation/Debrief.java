package fr.cmacademy.simulation;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.RunParts.MetricPoint;
import fr.cmacademy.simulation.checks.CheckResult;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.ModerationItem.Category;
import fr.cmacademy.simulation.model.Outcome;
import fr.cmacademy.simulation.model.Question;

/**
 * What a learner sees after a run: score against the best reachable score, the verdict,
 * the outcome, a review of each decision, queue item, question or target, the moderation
 * balance per category, the metric timeline and what a trainer still has to grade. Built
 * by {@link Scoring}.
 *
 * @param maxScore the best score any path can reach
 * @param percent score as a whole percentage of maxScore
 */
public record Debrief(Kind kind, int score, int maxScore, int percent, int passScore, Verdict verdict,
		@Nullable Outcome outcome, List<DecisionReview> decisions, List<ItemReview> items,
		Map<Category, ModerationCounts> moderation, List<QuestionReview> questions, List<TargetReview> targets,
		List<ReviewMarker> reviews, Map<String, List<MetricPoint>> timeline) {

	public enum Verdict {

		PASSED, FAILED,
		/** The pass mark depends on points a trainer has not given yet. */
		PENDING_REVIEW

	}

	/**
	 * One decision the run opened.
	 *
	 * @param chosen null when its deadline passed without an answer
	 * @param bestPoints the points of the expert's option
	 * @param missedBest whether the expert's option was not the one chosen (the "better
	 * path" to show)
	 */
	public record DecisionReview(String decision, Text prompt, @Nullable String chosen, boolean automatic, int points,
			@Nullable Text comment, @Nullable String best, int bestPoints, boolean missedBest,
			@Nullable Text bestComment, @Nullable String freeText, List<CheckResult> checks) {
	}

	public enum ItemVerdict {

		BEST, ACCEPTABLE, OVER, UNDER, WRONG, MISSED

	}

	/** One moderation queue item: what was done, what was expected and why. */
	public record ItemReview(String item, Category category, @Nullable ActionType chosen, List<ActionType> expected,
			ItemVerdict verdict, int points, int maxPoints, Text explanation) {
	}

	/**
	 * The moderation balance of one category: over-moderation is a heavier action than
	 * expected (or an escalation nobody asked for), under-moderation a lighter one.
	 */
	public record ModerationCounts(int items, int best, int acceptable, int over, int under, int wrong, int missed) {
	}

	/** One analytics question; text answers wait for a trainer. */
	public record QuestionReview(String question, Question.Type type, @Nullable String answer, String expected,
			boolean correct, int points, int maxPoints, @Nullable Text explanation, boolean review,
			List<CheckResult> checks) {
	}

	public record TargetReview(String target, @Nullable String text, @Nullable String altText, int version,
			List<CheckResult> checks) {
	}

	/**
	 * Something a trainer grades or comments on: a free-text reply, a text answer or a
	 * writing run.
	 *
	 * @param key {@code decision:<id>}, {@code question:<id>} or {@code rubric:<id>} (a
	 * writing rubric criterion; its text is every draft)
	 * @param maxPoints points the trainer may give (0: comment only)
	 * @param given points given, if graded
	 */
	public record ReviewMarker(String key, String text, int maxPoints, @Nullable Integer given) {
	}

}
