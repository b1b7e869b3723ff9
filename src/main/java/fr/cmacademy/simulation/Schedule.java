package fr.cmacademy.simulation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Scenario;
import fr.cmacademy.simulation.model.TimelineEvent;

/**
 * When each timed event of a conversation is due for one seed: its {@code at} plus a
 * jitter of 0 to 2 minutes (never earlier than written, so time conditions keep their
 * meaning), and never before the event it replies to. Also which text variant the seed
 * picks. A pure function of scenario and seed, recomputed rather than stored.
 */
final class Schedule {

	/** The most minutes the seed adds to an event's time. */
	static final int MAX_JITTER = 2;

	private final Scenario scenario;

	private final long seed;

	private final Map<String, Integer> due = new LinkedHashMap<>();

	Schedule(Scenario scenario, long seed) {
		this.scenario = scenario;
		this.seed = seed;
		if (scenario.kind() == Kind.CONVERSATION) {
			for (TimelineEvent event : scenario.conversation().timeline()) {
				if (event.at() != null) {
					due(event, new HashSet<>());
				}
			}
		}
	}

	private int due(TimelineEvent event, Set<String> visiting) {
		Integer known = due.get(event.id());
		if (known != null) {
			return known;
		}
		int at = event.at() == null ? 0 : event.at();
		if (scenario.seedVariants() && at > 0) {
			at += Seeds.pick(seed, event.id() + "/jitter", MAX_JITTER + 1);
		}
		if (event.replyTo() != null && visiting.add(event.id())) {
			TimelineEvent parent = scenario.conversation().event(event.replyTo()).orElse(null);
			if (parent != null && parent.at() != null) {
				at = Math.max(at, due(parent, visiting));
			}
		}
		due.put(event.id(), at);
		return at;
	}

	/** The earliest due time of a pending event, if one is due by {@code limit}. */
	@Nullable Integer next(Set<String> handled, int limit) {
		TimelineEvent event = nextEvent(handled, limit);
		return event == null ? null : due.get(event.id());
	}

	/** The pending event due first by {@code limit}; ties go to the file order. */
	@Nullable TimelineEvent nextEvent(Set<String> handled, int limit) {
		TimelineEvent best = null;
		int bestAt = Integer.MAX_VALUE;
		for (TimelineEvent event : scenario.conversation().timeline()) {
			Integer at = due.get(event.id());
			if (at != null && !handled.contains(event.id()) && at <= limit && at < bestAt) {
				best = event;
				bestAt = at;
			}
		}
		return best;
	}

	int variant(TimelineEvent event) {
		if (!scenario.seedVariants() || event.variants().isEmpty()) {
			return 0;
		}
		return Seeds.pick(seed, event.id() + "/variant", event.variants().size() + 1);
	}

	static @Nullable Text text(TimelineEvent event, int variant) {
		return variant == 0 ? event.text() : event.variants().get(variant - 1);
	}

}
