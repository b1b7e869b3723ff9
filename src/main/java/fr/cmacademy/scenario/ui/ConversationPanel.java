package fr.cmacademy.scenario.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import fr.cmacademy.scenario.RunView;
import fr.cmacademy.simulation.RunParts.FeedItem;
import fr.cmacademy.simulation.RunParts.Notice;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.EventType;
import fr.cmacademy.simulation.model.Scenario;

/**
 * A branching conversation as a social thread: the brand's posts with their comments and
 * replies, what the simulated world says (shocks) as notices, private messages and
 * mentions in an inbox of their own, and the learner's move beside them.
 */
final class ConversationPanel implements RunPanel {

	private final Component owner;

	private final Actor actor;

	private final Div root = new Div();

	private final Div main = new Div();

	private final Div side = new Div();

	private final Set<String> seen = new HashSet<>();

	private boolean first = true;

	ConversationPanel(Component owner, Actor actor) {
		this.owner = owner;
		this.actor = actor;
		root.addClassName("conversation");
		main.addClassName("conversation__main");
		side.addClassName("conversation__side");
		root.add(main, side);
	}

	@Override
	public Component component() {
		return root;
	}

	@Override
	public void show(RunView view) {
		RunState state = view.state();
		Scenario scenario = view.scenario();
		main.removeAll();
		side.removeAll();

		Set<String> ids = new HashSet<>();
		state.feed().forEach(item -> ids.add(item.id()));
		Set<String> fresh = new HashSet<>(first ? Set.of() : ids);
		fresh.removeAll(seen);
		Map<String, List<FeedItem>> replies = new LinkedHashMap<>();
		List<FeedItem> thread = new ArrayList<>();
		List<FeedItem> inbox = new ArrayList<>();
		for (FeedItem item : state.feed()) {
			if (item.replyTo() != null && ids.contains(item.replyTo())) {
				replies.computeIfAbsent(item.replyTo(), key -> new ArrayList<>()).add(item);
			}
			else if (item.type() == EventType.DM || item.type() == EventType.MENTION) {
				inbox.add(item);
			}
			else {
				thread.add(item);
			}
		}
		Decision active = state.activeDecision().orElse(null);
		String focus = active == null || active.on() == null ? "" : active.on();
		FeedEntry entries = new FeedEntry(owner, scenario, state.clock(), replies, fresh, focus);

		if (!state.notices().isEmpty()) {
			main.add(notices(state));
		}
		Section feed = new Section();
		feed.addClassName("thread");
		feed.getElement().setAttribute("aria-label", owner.getTranslation("scenario.feed.thread"));
		// Newest post first, as a feed shows them; replies stay in the order they came.
		thread.reversed().forEach(item -> feed.add(entries.render(item, 0)));
		main.add(feed);

		side.add(active == null ? DecisionCard.idle(owner, actor)
				: new DecisionCard(owner, actor, scenario, state, active));
		if (!inbox.isEmpty()) {
			Section box = new Section(new H2(owner.getTranslation("scenario.feed.inbox")));
			box.addClassName("inbox");
			inbox.reversed().forEach(item -> box.add(entries.render(item, 0)));
			side.add(box);
		}
		NativeDetails brief = new NativeDetails(owner.getTranslation("scenario.brief.title"),
				BriefCard.brief(owner, scenario, false));
		brief.addClassName("conversation__brief");
		side.add(brief);

		seen.addAll(ids);
		first = false;
	}

	private Div notices(RunState state) {
		Div box = new Div();
		box.addClassName("sim-notices");
		for (Notice notice : state.notices().reversed()) {
			Span time = new Span(SimText.clock(notice.at()));
			time.addClassName("sim-notice__time");
			Paragraph text = new Paragraph(notice.text().in(SimText.locale(owner)));
			Div item = new Div(time, text);
			item.addClassName("sim-notice");
			item.getElement().setAttribute("role", "note");
			box.add(item);
		}
		return box;
	}

}
