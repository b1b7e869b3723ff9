package fr.cmacademy.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.RunParts.Answer;
import fr.cmacademy.simulation.RunParts.Choice;
import fr.cmacademy.simulation.RunParts.Draft;
import fr.cmacademy.simulation.RunParts.FeedItem;
import fr.cmacademy.simulation.RunParts.MetricPoint;
import fr.cmacademy.simulation.RunParts.Moderated;
import fr.cmacademy.simulation.RunParts.Notice;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Outcome;
import fr.cmacademy.simulation.model.Scenario;

/**
 * A run at one moment, immutable: what a player UI shows (thread, notices, metrics and
 * their history, the active decision, the clock, the moderation decisions, analytics
 * answers and writing drafts, the outcome) and the append-only log. Produced only by
 * {@link Simulation}.
 */
public final class RunState {

	private final Scenario scenario;

	private final long seed;

	private final int clock;

	private final List<FeedItem> feed;

	private final List<Notice> notices;

	private final Map<String, Integer> metrics;

	private final Map<String, List<MetricPoint>> history;

	private final Set<String> flags;

	private final List<String> openDecisions;

	private final @Nullable Integer activeSince;

	private final Set<String> openedDecisions;

	private final Map<String, Choice> choices;

	private final Map<ActionType, Integer> actionCounts;

	private final int score;

	private final Set<String> handledEvents;

	private final Map<String, Moderated> moderation;

	private final Map<String, Answer> answers;

	private final Map<String, Draft> drafts;

	private final Set<String> bannedPersonas;

	private final Set<String> warnedPersonas;

	private final List<String> escalations;

	private final List<RunEvent> log;

	private final boolean finished;

	private final @Nullable String outcomeId;

	RunState(Working run) {
		this.scenario = run.scenario;
		this.seed = run.seed;
		this.clock = run.clock;
		this.feed = List.copyOf(run.feed);
		this.notices = List.copyOf(run.notices);
		this.metrics = ordered(run.metrics);
		Map<String, List<MetricPoint>> points = new LinkedHashMap<>();
		run.history.forEach((metric, values) -> points.put(metric, List.copyOf(values)));
		this.history = Collections.unmodifiableMap(points);
		this.flags = ordered(run.flags);
		this.openDecisions = List.copyOf(run.open);
		this.activeSince = run.activeSince;
		this.openedDecisions = ordered(run.opened);
		this.choices = ordered(run.choices);
		EnumMap<ActionType, Integer> counts = new EnumMap<>(ActionType.class);
		counts.putAll(run.actionCounts);
		this.actionCounts = Collections.unmodifiableMap(counts);
		this.score = run.score;
		this.handledEvents = ordered(run.handled);
		this.moderation = ordered(run.moderation);
		this.answers = ordered(run.answers);
		this.drafts = ordered(run.drafts);
		this.bannedPersonas = ordered(run.banned);
		this.warnedPersonas = ordered(run.warned);
		this.escalations = List.copyOf(run.escalations);
		this.log = List.copyOf(run.log);
		this.finished = run.finished;
		this.outcomeId = run.outcome;
	}

	private static <K, V> Map<K, V> ordered(Map<K, V> map) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	private static <T> Set<T> ordered(Set<T> set) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(set));
	}

	public Scenario scenario() {
		return scenario;
	}

	public long seed() {
		return seed;
	}

	/** Simulated minutes since the start. */
	public int clock() {
		return clock;
	}

	/**
	 * The thread or feed, in order of appearance, including hidden and deleted items
	 * (marked).
	 */
	public List<FeedItem> feed() {
		return feed;
	}

	/**
	 * The feed as the public sees it: without deleted items and the replies under them
	 * (hidden items stay, marked, because their author still sees them).
	 */
	public List<FeedItem> visibleFeed() {
		Set<String> gone = new java.util.HashSet<>();
		List<FeedItem> visible = new ArrayList<>();
		for (FeedItem item : feed) {
			if (item.has(RunParts.Mark.DELETED) || (item.replyTo() != null && gone.contains(item.replyTo()))) {
				gone.add(item.id());
			}
			else {
				visible.add(item);
			}
		}
		return List.copyOf(visible);
	}

	public List<Notice> notices() {
		return notices;
	}

	public Map<String, Integer> metrics() {
		return metrics;
	}

	public int metric(String id) {
		return metrics.getOrDefault(id, 0);
	}

	/** Each metric's values over simulated time, starting at minute 0. */
	public Map<String, List<MetricPoint>> history() {
		return history;
	}

	public Set<String> flags() {
		return flags;
	}

	/** Decisions opened and not answered yet; the first is the active one. */
	public List<String> openDecisions() {
		return openDecisions;
	}

	public Optional<Decision> activeDecision() {
		if (openDecisions.isEmpty() || scenario.kind() != Kind.CONVERSATION) {
			return Optional.empty();
		}
		return scenario.conversation().decision(openDecisions.get(0));
	}

	/** The minute the active decision became active (its deadline counts from there). */
	public @Nullable Integer activeSince() {
		return activeSince;
	}

	/** When the active decision's deadline passes, if it has one. */
	public OptionalInt deadlineAt() {
		Decision active = activeDecision().orElse(null);
		if (active == null || active.deadline() == null || activeSince == null) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(activeSince + active.deadline());
	}

	/** When the next timed event is due, if any is pending. */
	public OptionalInt nextEventAt() {
		if (finished || scenario.kind() != Kind.CONVERSATION) {
			return OptionalInt.empty();
		}
		Integer next = new Schedule(scenario, seed).next(handledEvents, Integer.MAX_VALUE);
		return next == null ? OptionalInt.empty() : OptionalInt.of(next);
	}

	public Set<String> openedDecisions() {
		return openedDecisions;
	}

	/** The answers given at decision points, in order. */
	public Map<String, Choice> choices() {
		return choices;
	}

	public Map<ActionType, Integer> actionCounts() {
		return actionCounts;
	}

	/** Points earned so far (analytics: added when the run finishes). */
	public int score() {
		return score;
	}

	/** Timeline events already released, skipped or cancelled. */
	public Set<String> handledEvents() {
		return handledEvents;
	}

	/** Moderation decisions per queue item, in the order made. */
	public Map<String, Moderated> moderation() {
		return moderation;
	}

	public Map<String, Answer> answers() {
		return answers;
	}

	public Map<String, Draft> drafts() {
		return drafts;
	}

	public Set<String> bannedPersonas() {
		return bannedPersonas;
	}

	public Set<String> warnedPersonas() {
		return warnedPersonas;
	}

	/** Where the learner escalated: support, legal, pr. */
	public List<String> escalations() {
		return escalations;
	}

	public List<RunEvent> log() {
		return log;
	}

	public boolean finished() {
		return finished;
	}

	public @Nullable String outcomeId() {
		return outcomeId;
	}

	public Optional<Outcome> outcome() {
		return scenario.outcomes().stream().filter(o -> o.id().equals(outcomeId)).findFirst();
	}

	private List<Object> parts() {
		List<Object> parts = new ArrayList<>();
		Collections.addAll(parts, scenario.id(), seed, clock, feed, notices, metrics, history, flags, openDecisions,
				activeSince, openedDecisions, choices, actionCounts, score, handledEvents, moderation, answers, drafts,
				bannedPersonas, warnedPersonas, escalations, log, finished, outcomeId);
		return parts;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RunState state && parts().equals(state.parts());
	}

	@Override
	public int hashCode() {
		return Objects.hash(parts().toArray());
	}

	@Override
	public String toString() {
		return "RunState[" + scenario.id() + ", seed " + seed + ", minute " + clock + ", score " + score
				+ (finished ? ", finished: " + outcomeId : "") + "]";
	}

}
