package fr.cmacademy.simulation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.RunParts.Choice;
import fr.cmacademy.simulation.RunParts.FeedItem;
import fr.cmacademy.simulation.RunParts.Mark;
import fr.cmacademy.simulation.RunParts.Notice;
import fr.cmacademy.simulation.checks.CheckResult;
import fr.cmacademy.simulation.checks.ReplyChecks;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Conversation;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Effects;
import fr.cmacademy.simulation.model.EventType;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.TimelineEvent;

/**
 * Plays a conversation on a working run: releases timed events as simulated time passes,
 * opens decisions, applies answers and their effects, expires deadlines and ends the run
 * when its end condition holds or nothing is left to happen.
 */
final class ConversationPlay {

	/** Minutes a bare "wait" lasts when nothing is scheduled. */
	static final int IDLE_WAIT = 5;

	private final Working run;

	private final Conversation conversation;

	private final Schedule schedule;

	ConversationPlay(Working run) {
		this.run = run;
		this.conversation = run.scenario.conversation();
		this.schedule = new Schedule(run.scenario, run.seed);
	}

	void start() {
		advanceTo(0);
		settle();
	}

	/**
	 * Answers the active decision. {@code forcedPass} replaces the checks' verdict when
	 * exploring every path of a scenario; players never set it.
	 */
	void choose(Decision decision, Option option, @Nullable String text, @Nullable String language,
			@Nullable Boolean forcedPass) {
		List<CheckResult> checks = List.of();
		Boolean passed = null;
		if (option.freeText()) {
			Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
			checks = ReplyChecks.check(text == null ? "" : text, locale,
					option.checks() == null ? Checks.NONE : option.checks(), run.scenario.brand().brief());
			passed = forcedPass != null ? forcedPass : CheckResult.allPassed(checks);
		}
		Effects extra = passed == null ? Effects.NONE : passed ? option.passEffects() : option.failEffects();
		int points = option.effects().score() + extra.score();
		answer(decision,
				new Choice(decision.id(), option.id(), run.clock, false, text, language, checks, passed, points));
		run.count(option.action());
		perform(decision, option, text);
		String cause = "option:" + decision.id() + "." + option.id();
		effects(option.effects(), 1, cause);
		effects(extra, 1, cause);
		Integer advance = option.effects().advance() != null ? option.effects().advance() : extra.advance();
		advanceTo(run.clock + (advance != null ? advance : option.action().defaultAdvance()));
		if (!run.finished && !run.open.isEmpty() && run.activeSince == null) {
			run.activeSince = run.clock;
		}
		settle();
	}

	void waitFor(int minutes) {
		int from = run.clock;
		int until = minutes > 0 ? from + minutes : nextMoment();
		run.count(ActionType.WAIT);
		run.log.add(new RunEvent.Waited(from, until));
		advanceTo(until);
		settle();
	}

	/**
	 * When the next event or the active deadline is due; a short idle wait if neither.
	 */
	private int nextMoment() {
		Integer next = schedule.next(run.handled, Integer.MAX_VALUE);
		Integer deadline = deadlineAt();
		if (next == null && deadline == null) {
			return run.clock + IDLE_WAIT;
		}
		int soonest = Math.min(next == null ? Integer.MAX_VALUE : next,
				deadline == null ? Integer.MAX_VALUE : deadline);
		return Math.max(soonest, run.clock);
	}

	private void answer(Decision decision, Choice choice) {
		run.choices.put(decision.id(), choice);
		run.log
			.add(new RunEvent.Chosen(run.clock, decision.id(), choice.option(), choice.automatic(), choice.passed()));
		run.open.remove(decision.id());
		run.activeSince = null;
	}

	private void perform(Decision decision, Option option, @Nullable String text) {
		ActionType action = option.action();
		if (action.publishes()) {
			Text published = option.freeText() ? new Text(text == null ? "" : text, text == null ? "" : text)
					: option.text();
			EventType type = switch (action) {
				case DM -> EventType.DM;
				case STATEMENT -> EventType.POST;
				default -> EventType.COMMENT;
			};
			run.feed.add(new FeedItem(decision.id() + "/" + option.id(), Persona.BRAND, type, run.clock,
					option.target(), published == null ? new Text("", "") : published, null, option.freeText(),
					Set.of(), decision.id()));
			return;
		}
		if (action == ActionType.ESCALATE && option.to() != null) {
			run.escalations.add(option.to());
			return;
		}
		Mark mark = switch (action) {
			case LIKE -> Mark.LIKED;
			case PIN -> Mark.PINNED;
			case HIDE -> Mark.HIDDEN;
			case DELETE -> Mark.DELETED;
			case WARN -> Mark.WARNED;
			case BAN -> Mark.BANNED;
			default -> null;
		};
		if (mark == null || option.target() == null) {
			return;
		}
		for (int i = 0; i < run.feed.size(); i++) {
			FeedItem item = run.feed.get(i);
			if (item.id().equals(option.target())) {
				run.feed.set(i, item.with(mark));
				if (mark == Mark.BANNED) {
					run.banned.add(item.persona());
				}
				if (mark == Mark.WARNED) {
					run.warned.add(item.persona());
				}
			}
		}
	}

	private void effects(Effects effects, double factor, String cause) {
		run.apply(effects, factor, cause);
		for (String id : effects.release()) {
			conversation.event(id).ifPresent(this::release);
		}
		for (String id : effects.cancel()) {
			if (run.handled.add(id)) {
				run.log.add(new RunEvent.Skipped(run.clock, id, "cancelled"));
			}
		}
	}

	private void advanceTo(int target) {
		while (!run.finished) {
			TimelineEvent next = schedule.nextEvent(run.handled, target);
			Integer nextAt = next == null ? null : schedule.next(run.handled, target);
			Integer deadline = deadlineAt();
			if (deadline != null && deadline <= target && (nextAt == null || deadline < nextAt)) {
				run.clock = Math.max(run.clock, deadline);
				expire();
				settle();
				continue;
			}
			if (next == null || nextAt == null) {
				break;
			}
			run.clock = Math.max(run.clock, nextAt);
			release(next);
			settle();
		}
		if (!run.finished) {
			run.clock = Math.max(run.clock, target);
		}
	}

	private @Nullable Integer deadlineAt() {
		if (run.open.isEmpty() || run.activeSince == null) {
			return null;
		}
		Decision active = conversation.decision(run.open.get(0)).orElseThrow();
		return active.deadline() == null ? null : run.activeSince + active.deadline();
	}

	/** The active decision's time is up: its wait option, or no answer at all. */
	private void expire() {
		Decision decision = conversation.decision(run.open.get(0)).orElseThrow();
		Option wait = decision.options().stream().filter(o -> o.action() == ActionType.WAIT).findFirst().orElse(null);
		answer(decision, new Choice(decision.id(), wait == null ? null : wait.id(), run.clock, true, null, null,
				List.of(), null, wait == null ? 0 : wait.effects().score()));
		if (wait != null) {
			run.count(ActionType.WAIT);
			effects(wait.effects(), 1, "option:" + decision.id() + "." + wait.id());
		}
		if (!run.open.isEmpty()) {
			run.activeSince = run.clock;
		}
	}

	private void release(TimelineEvent event) {
		if (!run.handled.add(event.id())) {
			return;
		}
		String skipped = null;
		if (!Persona.BRAND.equals(event.persona()) && run.banned.contains(event.persona())) {
			skipped = "banned";
		}
		else if (event.replyTo() != null && !visible(event.replyTo())) {
			skipped = "parent-missing";
		}
		else if (event.when() != null && !Conditions.holds(event.when(), run)) {
			skipped = "condition";
		}
		if (skipped != null) {
			run.log.add(new RunEvent.Skipped(run.clock, event.id(), skipped));
			return;
		}
		int variant = schedule.variant(event);
		if (event.type() == EventType.SHOCK) {
			run.notices
				.add(new Notice(event.id(), run.clock, event.notice() == null ? new Text("", "") : event.notice()));
		}
		else {
			Text text = Schedule.text(event, variant);
			run.feed.add(new FeedItem(event.id(), event.persona(), event.type(), run.clock, event.replyTo(),
					text == null ? new Text("", "") : text, event.image(), false, Set.of(), null));
		}
		run.log.add(new RunEvent.Released(run.clock, event.id(), variant));
		double factor = run.scenario.persona(event.persona()).map(p -> p.influence() / 3.0).orElse(1.0);
		effects(event.effects(), factor, "event:" + event.id());
	}

	/**
	 * Whether an item is in the thread and neither it nor what it replies to was deleted.
	 */
	private boolean visible(String id) {
		if (run.notices.stream().anyMatch(notice -> notice.event().equals(id))) {
			return true;
		}
		String current = id;
		for (int depth = 0; current != null && depth < run.feed.size(); depth++) {
			String wanted = current;
			FeedItem item = run.feed.stream().filter(i -> i.id().equals(wanted)).findFirst().orElse(null);
			if (item == null || item.has(Mark.DELETED)) {
				return false;
			}
			current = item.replyTo();
		}
		return true;
	}

	private boolean released(String id) {
		return run.feed.stream().anyMatch(item -> item.id().equals(id))
				|| run.notices.stream().anyMatch(notice -> notice.event().equals(id));
	}

	private void settle() {
		if (run.finished) {
			return;
		}
		for (Decision decision : conversation.decisions()) {
			if (!run.opened.contains(decision.id()) && opens(decision)) {
				run.opened.add(decision.id());
				run.open.add(decision.id());
				run.log.add(new RunEvent.DecisionOpened(run.clock, decision.id()));
				if (run.open.size() == 1 && run.activeSince == null) {
					run.activeSince = run.clock;
				}
			}
		}
		boolean ends = conversation.endsWhen() != null && Conditions.holds(conversation.endsWhen(), run);
		boolean exhausted = run.open.isEmpty() && schedule.next(run.handled, Integer.MAX_VALUE) == null;
		if (ends || exhausted) {
			run.finish();
		}
	}

	private boolean opens(Decision decision) {
		if (decision.on() == null && decision.when() == null) {
			return false;
		}
		return (decision.on() == null || released(decision.on()))
				&& (decision.when() == null || Conditions.holds(decision.when(), run));
	}

}
