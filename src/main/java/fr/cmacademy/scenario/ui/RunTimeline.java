package fr.cmacademy.scenario.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.RunEvent;
import fr.cmacademy.simulation.RunParts.FeedItem;
import fr.cmacademy.simulation.RunParts.Notice;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The story of a run from its log, in simulated time: what appeared and what the learner
 * did. Bookkeeping entries (metric and flag changes, points) are left to the chart and
 * the decision cards.
 */
final class RunTimeline {

	private RunTimeline() {
	}

	static Div of(Component owner, Scenario scenario, RunState state) {
		Map<String, FeedItem> feed = new HashMap<>();
		state.feed().forEach(item -> feed.put(item.id(), item));
		Map<String, Notice> notices = new HashMap<>();
		state.notices().forEach(notice -> notices.put(notice.event(), notice));
		OrderedList list = new OrderedList();
		list.addClassName("run-timeline");
		for (RunEvent event : state.log()) {
			Entry entry = entry(owner, scenario, event, feed, notices);
			if (entry == null) {
				continue;
			}
			Span time = new Span(SimText.clock(event.at()));
			time.addClassName("run-timeline__time");
			Span text = new Span(entry.text());
			text.addClassName("run-timeline__text");
			ListItem item = new ListItem(time, text);
			item.addClassName("run-timeline__item");
			if (entry.learner()) {
				item.addClassName("run-timeline__item--you");
			}
			list.add(item);
		}
		Div box = new Div(new H2(owner.getTranslation("scenario.debrief.timeline")), list);
		box.addClassName("panel");
		return box;
	}

	private record Entry(String text, boolean learner) {
	}

	private static @Nullable Entry entry(Component owner, Scenario scenario, RunEvent event, Map<String, FeedItem> feed,
			Map<String, Notice> notices) {
		Locale locale = SimText.locale(owner);
		return switch (event) {
			case RunEvent.Released released -> {
				Notice notice = notices.get(released.event());
				if (notice != null) {
					yield new Entry(owner.getTranslation("scenario.timeline.notice", notice.text().in(locale)), false);
				}
				FeedItem item = feed.get(released.event());
				if (item == null) {
					yield null;
				}
				yield new Entry(owner.getTranslation("scenario.timeline.appeared",
						SimText.name(scenario, item.persona()), excerpt(item.text(), locale)), false);
			}
			case RunEvent.Chosen chosen -> {
				if (chosen.option() == null) {
					yield new Entry(owner.getTranslation("scenario.timeline.unanswered"), true);
				}
				String label = scenario.conversation()
					.decision(chosen.decision())
					.flatMap(d -> d.option(chosen.option()))
					.map(o -> SimText.option(owner, scenario, o))
					.orElse(chosen.option());
				yield new Entry(
						owner.getTranslation(
								chosen.automatic() ? "scenario.timeline.automatic" : "scenario.timeline.chose", label),
						true);
			}
			case RunEvent.Waited waited ->
				new Entry(owner.getTranslation("scenario.timeline.waited", SimText.clock(waited.until())), true);
			case RunEvent.ItemModerated moderated -> new Entry(owner.getTranslation("scenario.timeline.moderated",
					moderated.item(), SimText.action(owner, moderated.action())), true);
			case RunEvent.QuestionAnswered answered -> new Entry(
					owner.getTranslation("scenario.timeline.answered", answered.question(), answered.value()), true);
			case RunEvent.DraftSubmitted draft ->
				new Entry(owner.getTranslation("scenario.timeline.draft", draft.target(), draft.version()), true);
			case RunEvent.Finished finished -> new Entry(owner.getTranslation("scenario.timeline.finished"), false);
			default -> null;
		};
	}

	private static String excerpt(Text text, Locale locale) {
		String value = text.in(locale);
		return value.length() > 110 ? value.substring(0, 109) + "…" : value;
	}

}
