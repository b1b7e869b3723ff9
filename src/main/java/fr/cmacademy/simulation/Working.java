package fr.cmacademy.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import fr.cmacademy.simulation.model.Effects;
import fr.cmacademy.simulation.model.Metric;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The mutable copy of a run while one action is applied; {@link RunState} is its frozen
 * form. Every collection keeps insertion order so that equal runs compare equal and
 * replay identically. Also holds the small state changes every kind shares: metrics,
 * flags, score and the log.
 */
final class Working {

	final Scenario scenario;

	final long seed;

	int clock;

	final List<FeedItem> feed;

	final List<Notice> notices;

	final Map<String, Integer> metrics;

	final Map<String, List<MetricPoint>> history;

	final Set<String> flags;

	final List<String> open;

	@Nullable Integer activeSince;

	final Set<String> opened;

	final Map<String, Choice> choices;

	final Map<ActionType, Integer> actionCounts;

	int score;

	final Set<String> handled;

	final Map<String, Moderated> moderation;

	final Map<String, Answer> answers;

	final Map<String, Draft> drafts;

	final Set<String> banned;

	final Set<String> warned;

	final List<String> escalations;

	final List<RunEvent> log;

	boolean finished;

	@Nullable String outcome;

	/** A new run: metrics at their start values, nothing else yet. */
	Working(Scenario scenario, long seed) {
		this.scenario = scenario;
		this.seed = seed;
		this.feed = new ArrayList<>();
		this.notices = new ArrayList<>();
		this.metrics = new LinkedHashMap<>();
		this.history = new LinkedHashMap<>();
		for (Metric metric : scenario.metrics()) {
			metrics.put(metric.id(), metric.start());
			history.put(metric.id(), new ArrayList<>(List.of(new MetricPoint(0, metric.start()))));
		}
		this.flags = new LinkedHashSet<>();
		this.open = new ArrayList<>();
		this.opened = new LinkedHashSet<>();
		this.choices = new LinkedHashMap<>();
		this.actionCounts = new EnumMap<>(ActionType.class);
		this.handled = new LinkedHashSet<>();
		this.moderation = new LinkedHashMap<>();
		this.answers = new LinkedHashMap<>();
		this.drafts = new LinkedHashMap<>();
		this.banned = new LinkedHashSet<>();
		this.warned = new LinkedHashSet<>();
		this.escalations = new ArrayList<>();
		this.log = new ArrayList<>();
	}

	Working(RunState state) {
		this.scenario = state.scenario();
		this.seed = state.seed();
		this.clock = state.clock();
		this.feed = new ArrayList<>(state.feed());
		this.notices = new ArrayList<>(state.notices());
		this.metrics = new LinkedHashMap<>(state.metrics());
		this.history = new LinkedHashMap<>();
		state.history().forEach((metric, points) -> history.put(metric, new ArrayList<>(points)));
		this.flags = new LinkedHashSet<>(state.flags());
		this.open = new ArrayList<>(state.openDecisions());
		this.activeSince = state.activeSince();
		this.opened = new LinkedHashSet<>(state.openedDecisions());
		this.choices = new LinkedHashMap<>(state.choices());
		this.actionCounts = new EnumMap<>(ActionType.class);
		this.actionCounts.putAll(state.actionCounts());
		this.score = state.score();
		this.handled = new LinkedHashSet<>(state.handledEvents());
		this.moderation = new LinkedHashMap<>(state.moderation());
		this.answers = new LinkedHashMap<>(state.answers());
		this.drafts = new LinkedHashMap<>(state.drafts());
		this.banned = new LinkedHashSet<>(state.bannedPersonas());
		this.warned = new LinkedHashSet<>(state.warnedPersonas());
		this.escalations = new ArrayList<>(state.escalations());
		this.log = new ArrayList<>(state.log());
		this.finished = state.finished();
		this.outcome = state.outcomeId();
	}

	RunState freeze() {
		return new RunState(this);
	}

	void count(ActionType action) {
		actionCounts.merge(action, 1, Integer::sum);
	}

	/**
	 * Applies effects' metrics, flags and score; {@code factor} scales metric changes
	 * (persona influence / 3). Releases and cancellations are the conversation's part.
	 */
	void apply(Effects effects, double factor, String cause) {
		effects.metrics().forEach((metric, delta) -> changeMetric(metric, scale(delta, factor), cause));
		for (String flag : effects.set()) {
			if (flags.add(flag)) {
				log.add(new RunEvent.FlagChanged(clock, flag, true, cause));
			}
		}
		for (String flag : effects.clear()) {
			if (flags.remove(flag)) {
				log.add(new RunEvent.FlagChanged(clock, flag, false, cause));
			}
		}
		addScore(effects.score(), cause);
	}

	/** Rounds half away from zero, so +1.5 and -1.5 move a gauge by the same amount. */
	static int scale(int delta, double factor) {
		return (int) Math.signum(delta) * (int) Math.round(Math.abs(delta) * factor);
	}

	void changeMetric(String id, int delta, String cause) {
		Metric metric = scenario.metric(id).orElse(null);
		Integer from = metrics.get(id);
		if (metric == null || from == null || delta == 0) {
			return;
		}
		int to = metric.clamp(from + delta);
		if (to != from) {
			metrics.put(id, to);
			history.get(id).add(new MetricPoint(clock, to));
			log.add(new RunEvent.MetricChanged(clock, id, from, to, cause));
		}
	}

	void addScore(int points, String cause) {
		if (points != 0) {
			score += points;
			log.add(new RunEvent.Scored(clock, points, score, cause));
		}
	}

	void finish() {
		if (finished) {
			return;
		}
		finished = true;
		outcome = scenario.outcomes()
			.stream()
			.filter(o -> o.when() == null || Conditions.holds(o.when(), this))
			.map(o -> o.id())
			.findFirst()
			.orElse(null);
		open.clear();
		activeSince = null;
		log.add(new RunEvent.Finished(clock, outcome));
	}

}
