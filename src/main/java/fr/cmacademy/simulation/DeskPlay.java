package fr.cmacademy.simulation;

import java.util.List;
import java.util.Locale;

import fr.cmacademy.simulation.RunParts.Answer;
import fr.cmacademy.simulation.RunParts.Draft;
import fr.cmacademy.simulation.RunParts.Moderated;
import fr.cmacademy.simulation.checks.CheckResult;
import fr.cmacademy.simulation.checks.ReplyChecks;
import fr.cmacademy.simulation.checks.WritingChecks;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Analytics;
import fr.cmacademy.simulation.model.Effects;
import fr.cmacademy.simulation.model.ModerationItem;
import fr.cmacademy.simulation.model.Question;
import fr.cmacademy.simulation.model.Writing;

/**
 * The kinds played at a desk rather than in a thread: the moderation queue, the analytics
 * questions and the writing drafts. No simulated time passes.
 */
final class DeskPlay {

	private final Working run;

	DeskPlay(Working run) {
		this.run = run;
	}

	void moderate(String itemId, ActionType action) {
		var moderation = run.scenario.moderation();
		ModerationItem item = moderation.item(itemId)
			.orElseThrow(() -> new IllegalActionException("no queue item '" + itemId + "'"));
		if (!moderation.actions().contains(action)) {
			throw new IllegalActionException("action '" + action.name().toLowerCase(Locale.ROOT) + "' is not offered");
		}
		if (run.moderation.containsKey(itemId)) {
			throw new IllegalActionException("item '" + itemId + "' was already moderated");
		}
		int points = points(item, action);
		run.moderation.put(itemId, new Moderated(itemId, action, run.clock, points));
		run.count(action);
		run.log.add(new RunEvent.ItemModerated(run.clock, itemId, action));
		String cause = "item:" + itemId;
		run.addScore(points, cause);
		run.apply(item.effects().getOrDefault(action, Effects.NONE), 1, cause);
		if (run.moderation.size() == moderation.queue().size()) {
			run.finish();
		}
	}

	/** Best action: all the item's points; another acceptable one: half, rounded up. */
	static int points(ModerationItem item, ActionType action) {
		if (item.best() == action) {
			return item.points();
		}
		return item.expected().contains(action) ? (item.points() + 1) / 2 : 0;
	}

	void answer(String questionId, String value, String language) {
		Analytics analytics = run.scenario.analytics();
		Question question = analytics.question(questionId)
			.orElseThrow(() -> new IllegalActionException("no question '" + questionId + "'"));
		String problem = AnalyticsAnswers.problem(question, analytics, value);
		if (problem != null) {
			throw new IllegalActionException(problem);
		}
		List<CheckResult> checks = question.type() == Question.Type.TEXT && question.checks() != null ? ReplyChecks
			.check(value, Locale.forLanguageTag(language), question.checks(), run.scenario.brand().brief()) : List.of();
		run.answers.remove(questionId);
		run.answers.put(questionId, new Answer(questionId, value, language, checks, run.clock));
		run.log.add(new RunEvent.QuestionAnswered(run.clock, questionId, value));
	}

	void submit(String targetId, String text, String altText, String language) {
		Writing writing = run.scenario.writing();
		Writing.Target target = writing.target(targetId)
			.orElseThrow(() -> new IllegalActionException("no writing target '" + targetId + "'"));
		List<CheckResult> checks = WritingChecks.check(text, altText, Locale.forLanguageTag(language), target,
				run.scenario.brand().brief());
		Draft previous = run.drafts.remove(targetId);
		Draft draft = new Draft(targetId, text, altText, language, checks, run.clock,
				previous == null ? 1 : previous.version() + 1);
		run.drafts.put(targetId, draft);
		run.log.add(new RunEvent.DraftSubmitted(run.clock, targetId, draft.version(), draft.passed()));
	}

	/** Analytics answers are graded when the learner hands them in. */
	void finishAnalytics() {
		for (Question question : run.scenario.analytics().questions()) {
			Answer answer = run.answers.get(question.id());
			if (answer != null && AnalyticsAnswers.correct(question, answer.value())) {
				run.addScore(question.points(), "question:" + question.id());
			}
		}
	}

}
