package fr.cmacademy.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.Debrief.DecisionReview;
import fr.cmacademy.simulation.Debrief.ItemReview;
import fr.cmacademy.simulation.Debrief.ItemVerdict;
import fr.cmacademy.simulation.Debrief.ModerationCounts;
import fr.cmacademy.simulation.Debrief.QuestionReview;
import fr.cmacademy.simulation.Debrief.ReviewMarker;
import fr.cmacademy.simulation.Debrief.TargetReview;
import fr.cmacademy.simulation.Debrief.Verdict;
import fr.cmacademy.simulation.RunParts.Answer;
import fr.cmacademy.simulation.RunParts.Choice;
import fr.cmacademy.simulation.RunParts.Draft;
import fr.cmacademy.simulation.RunParts.Moderated;

import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Analytics;
import fr.cmacademy.simulation.model.Conversation;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Moderation;
import fr.cmacademy.simulation.model.ModerationItem;
import fr.cmacademy.simulation.model.ModerationItem.Category;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Question;
import fr.cmacademy.simulation.model.Scenario;
import fr.cmacademy.simulation.model.Writing;

/**
 * Scores a run and builds its debrief. Conversations are scored against the best score
 * any path reaches (found by playing every path), moderation per item (best action: all
 * points, another acceptable one: half, rounded up), analytics per question (numbers
 * within tolerance), writing by the trainer's rubric grades.
 */
public final class Scoring {

	private Scoring() {
	}

	/**
	 * The best score a run of this scenario can reach. For a conversation this plays
	 * every path (about a tenth of a second for the shipped ones): cache it per scenario
	 * version and seed if a page shows it often.
	 */
	public static int maxScore(Scenario scenario, long seed) {
		return switch (scenario.body()) {
			case Conversation c -> Math.max(0, Explorer.explore(scenario, seed).maxScore());
			case Moderation m -> m.queue().stream().mapToInt(ModerationItem::points).sum() + bestEffects(m.queue());
			case Analytics a -> a.questions().stream().mapToInt(Question::points).sum();
			case Writing w -> w.rubric().stream().mapToInt(Writing.Criterion::maxPoints).sum();
		};
	}

	private static int bestEffects(List<ModerationItem> queue) {
		return queue.stream()
			.mapToInt(item -> Math.max(0, item.effects().values().stream().mapToInt(e -> e.score()).max().orElse(0)))
			.sum();
	}

	public static Debrief debrief(RunState state) {
		return debrief(state, Map.of());
	}

	/**
	 * The debrief with the points a trainer gave, keyed like {@link ReviewMarker#key()}
	 * (values are clamped to each marker's maximum).
	 */
	public static Debrief debrief(RunState state, Map<String, Integer> grades) {
		return debrief(state, grades, maxScore(state.scenario(), state.seed()));
	}

	/**
	 * The debrief, given the scenario's best reachable score for this seed (which callers
	 * cache: finding it plays every path of a conversation).
	 */
	public static Debrief debrief(RunState state, Map<String, Integer> grades, int maxScore) {
		Scenario scenario = state.scenario();
		List<ReviewMarker> reviews = new ArrayList<>();
		List<DecisionReview> decisions = List.of();
		List<ItemReview> items = List.of();
		Map<Category, ModerationCounts> counts = Map.of();
		List<QuestionReview> questions = List.of();
		List<TargetReview> targets = List.of();
		switch (scenario.kind()) {
			case CONVERSATION -> decisions = decisions(state, reviews, grades);
			case MODERATION -> {
				items = items(state);
				counts = counts(items);
			}
			case ANALYTICS -> questions = questions(state, reviews, grades);
			case WRITING -> targets = targets(state, reviews, grades);
		}
		int graded = reviews.stream().mapToInt(r -> r.given() == null ? 0 : r.given()).sum();
		int pending = reviews.stream().filter(r -> r.given() == null).mapToInt(ReviewMarker::maxPoints).sum();
		int score = state.score() + graded;
		// An exploration cut short by its limit may miss the best path: never below the
		// score.
		int max = Math.max(maxScore, score);
		int percent = max <= 0 ? 100 : (int) Math.floor(Math.max(0, score) * 100.0 / max);
		Verdict verdict = verdict(score, pending, max, scenario.passScore());
		return new Debrief(scenario.kind(), score, max, percent, scenario.passScore(), verdict,
				state.outcome().orElse(null), decisions, items, counts, questions, targets, List.copyOf(reviews),
				state.history());
	}

	private static Verdict verdict(int score, int pending, int max, int passScore) {
		if (max <= 0 || score * 100L >= (long) passScore * max) {
			return Verdict.PASSED;
		}
		return (score + pending) * 100L >= (long) passScore * max ? Verdict.PENDING_REVIEW : Verdict.FAILED;
	}

	private static List<DecisionReview> decisions(RunState state, List<ReviewMarker> reviews,
			Map<String, Integer> grades) {
		List<DecisionReview> result = new ArrayList<>();
		for (String id : state.openedDecisions()) {
			Decision decision = state.scenario().conversation().decision(id).orElseThrow();
			Choice choice = state.choices().get(id);
			Option chosen = choice == null || choice.option() == null ? null
					: decision.option(choice.option()).orElse(null);
			Option best = decision.best() == null ? null : decision.option(decision.best()).orElse(null);
			int bestPoints = best == null ? 0
					: best.effects().score() + (best.freeText() ? best.passEffects().score() : 0);
			boolean missed = best != null && (chosen == null || !chosen.id().equals(best.id()));
			result.add(new DecisionReview(id, decision.prompt(), chosen == null ? null : chosen.id(),
					choice != null && choice.automatic(), choice == null ? 0 : choice.points(),
					chosen == null ? null : chosen.comment(), decision.best(), bestPoints, missed,
					best == null ? null : best.comment(), choice == null ? null : choice.text(),
					choice == null ? List.of() : choice.checks()));
			if (chosen != null && chosen.review() && choice.text() != null) {
				// Worth no points: the trainer's review of a reply is comments only.
				reviews.add(new ReviewMarker("decision:" + id, choice.text(), 0, grade(grades, "decision:" + id, 0)));
			}
		}
		return List.copyOf(result);
	}

	private static List<ItemReview> items(RunState state) {
		List<ItemReview> result = new ArrayList<>();
		for (ModerationItem item : state.scenario().moderation().queue()) {
			Moderated moderated = state.moderation().get(item.id());
			ActionType chosen = moderated == null ? null : moderated.action();
			result.add(new ItemReview(item.id(), item.category(), chosen, item.expected(), verdict(item, chosen),
					moderated == null ? 0 : moderated.points(), item.points(), item.explanation()));
		}
		return List.copyOf(result);
	}

	/**
	 * Compares an action with the expected ones on the severity scale keep &lt; hide &lt;
	 * warn &lt; delete &lt; ban; an escalation nobody expected is over-moderation, and a
	 * missing expected escalation is under-moderation.
	 */
	static ItemVerdict verdict(ModerationItem item, @Nullable ActionType chosen) {
		if (chosen == null) {
			return ItemVerdict.MISSED;
		}
		if (chosen == item.best()) {
			return ItemVerdict.BEST;
		}
		if (item.expected().contains(chosen)) {
			return ItemVerdict.ACCEPTABLE;
		}
		if (chosen == ActionType.ESCALATE) {
			return ItemVerdict.OVER;
		}
		var severities = item.expected()
			.stream()
			.filter(a -> a.severity() >= 0)
			.mapToInt(ActionType::severity)
			.summaryStatistics();
		if (severities.getCount() == 0 || chosen.severity() < severities.getMin()) {
			return ItemVerdict.UNDER;
		}
		return chosen.severity() > severities.getMax() ? ItemVerdict.OVER : ItemVerdict.WRONG;
	}

	private static Map<Category, ModerationCounts> counts(List<ItemReview> items) {
		Map<Category, List<ItemReview>> byCategory = items.stream()
			.collect(Collectors.groupingBy(ItemReview::category, () -> new EnumMap<>(Category.class),
					Collectors.toList()));
		Map<Category, ModerationCounts> result = new EnumMap<>(Category.class);
		byCategory.forEach((category, reviews) -> result.put(category,
				new ModerationCounts(reviews.size(), count(reviews, ItemVerdict.BEST),
						count(reviews, ItemVerdict.ACCEPTABLE), count(reviews, ItemVerdict.OVER),
						count(reviews, ItemVerdict.UNDER), count(reviews, ItemVerdict.WRONG),
						count(reviews, ItemVerdict.MISSED))));
		return result;
	}

	private static int count(List<ItemReview> reviews, ItemVerdict verdict) {
		return (int) reviews.stream().filter(r -> r.verdict() == verdict).count();
	}

	private static List<QuestionReview> questions(RunState state, List<ReviewMarker> reviews,
			Map<String, Integer> grades) {
		List<QuestionReview> result = new ArrayList<>();
		for (Question question : state.scenario().analytics().questions()) {
			Answer answer = state.answers().get(question.id());
			boolean text = question.type() == Question.Type.TEXT;
			boolean correct = answer != null && !text && AnalyticsAnswers.correct(question, answer.value());
			result.add(new QuestionReview(question.id(), question.type(), answer == null ? null : answer.value(),
					AnalyticsAnswers.expected(question), correct, correct ? question.points() : 0, question.points(),
					question.explanation(), text && question.review(), answer == null ? List.of() : answer.checks()));
			if (text) {
				String key = "question:" + question.id();
				reviews.add(new ReviewMarker(key, answer == null ? "" : answer.value(), question.points(),
						answer == null ? Integer.valueOf(0) : grade(grades, key, question.points())));
			}
		}
		return List.copyOf(result);
	}

	private static List<TargetReview> targets(RunState state, List<ReviewMarker> reviews, Map<String, Integer> grades) {
		Writing writing = state.scenario().writing();
		List<TargetReview> result = new ArrayList<>();
		StringBuilder all = new StringBuilder();
		for (Writing.Target target : writing.targets()) {
			Draft draft = state.drafts().get(target.id());
			result.add(new TargetReview(target.id(), draft == null ? null : draft.text(),
					draft == null ? null : draft.altText(), draft == null ? 0 : draft.version(),
					draft == null ? List.of() : draft.checks()));
			if (draft != null) {
				all.append(target.id()).append(":\n").append(draft.text()).append("\n\n");
			}
		}
		for (Writing.Criterion criterion : writing.rubric()) {
			String key = "rubric:" + criterion.id();
			reviews.add(new ReviewMarker(key, all.toString().strip(), criterion.maxPoints(),
					state.drafts().isEmpty() ? Integer.valueOf(0) : grade(grades, key, criterion.maxPoints())));
		}
		return List.copyOf(result);
	}

	private static @Nullable Integer grade(Map<String, Integer> grades, String key, int max) {
		Integer given = grades.get(key);
		return given == null ? null : Math.max(0, Math.min(max, given));
	}

}
