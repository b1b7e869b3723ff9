package fr.cmacademy.authoring.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.scenario.ui.LearnerDesk;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.IllegalActionException;
import fr.cmacademy.simulation.RunParts.FeedItem;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.Simulation;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Kind;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Scenario;

/**
 * "Play as learner": the draft run by the same engine learners play, in memory (nothing
 * stored), with a debug panel showing the state after every step. Conversations are
 * played step by step here; the other kinds on the learner's own desk.
 */
class ScenarioPlayPanel extends Div {

	private final Div feed = new Div();

	private final Div controls = new Div();

	private final Pre debug = new Pre();

	private @Nullable RunState state;

	private @Nullable LearnerDesk desk;

	ScenarioPlayPanel() {
		addClassName("scenario-play");
		feed.addClassName("scenario-play__feed");
		feed.getElement().setAttribute("aria-live", "polite");
		debug.addClassName("scenario-play__debug");
		debug.getElement().setAttribute("tabindex", "0");
		Div debugBox = new Div(new H3(getTranslation("authoring.scenario.debug")), debug);
		debugBox.addClassName("scenario-play__debug-box");
		Div main = new Div(new H3(getTranslation("authoring.scenario.play.feed")), feed, controls);
		main.addClassName("scenario-play__main");
		add(main, debugBox);
		setVisible(false);
	}

	void start(Scenario scenario) {
		setVisible(true);
		state = Simulation.start(scenario, 1);
		desk = null;
		if (scenario.kind() != Kind.CONVERSATION) {
			LearnerDesk learnerDesk = new LearnerDesk(this, scenario, this::act);
			desk = learnerDesk;
			feed.removeAll();
			feed.add(learnerDesk.component());
		}
		show();
	}

	private void act(Action action) {
		if (state == null) {
			return;
		}
		try {
			state = Simulation.apply(state, action);
		}
		catch (IllegalActionException e) {
			controls.add(new Paragraph(e.getMessage()));
			return;
		}
		show();
	}

	private void show() {
		RunState s = state;
		if (s == null) {
			return;
		}
		showDebug(s);
		LearnerDesk learnerDesk = desk;
		if (learnerDesk != null) {
			learnerDesk.show(s);
			controls.removeAll();
			controls.add(new Button(getTranslation("authoring.scenario.play.restart"), click -> start(s.scenario())));
			return;
		}
		Locale locale = getLocale();
		feed.removeAll();
		UnorderedList items = new UnorderedList();
		for (FeedItem item : s.visibleFeed()) {
			items.add(new ListItem(item.persona() + " · " + item.at() + " min · " + item.text().in(locale)));
		}
		feed.add(items);
		controls.removeAll();
		if (s.finished()) {
			controls.add(new Paragraph(getTranslation("authoring.scenario.play.finished",
					s.outcome().map(o -> o.title().in(locale)).orElse("—"), s.score())));
		}
		else {
			Decision active = s.activeDecision().orElse(null);
			if (active != null) {
				controls.add(new Paragraph(active.prompt().in(locale)));
				for (Option option : active.options()) {
					String label = option.label() != null ? option.label().in(locale)
							: option.text() != null ? option.text().in(locale) : option.action() + " " + option.id();
					controls.add(new Button(label,
							click -> act(option.freeText()
									? new Action.Write(active.id(), option.id(), "", locale.getLanguage())
									: new Action.Choose(active.id(), option.id()))));
				}
			}
			controls.add(new Button(getTranslation("authoring.scenario.play.wait"), click -> act(new Action.Wait(
					s.deadlineAt().isPresent() ? Math.max(0, s.deadlineAt().getAsInt() - s.clock()) : 0))));
			controls
				.add(new Button(getTranslation("authoring.scenario.play.finish"), click -> act(new Action.Finish())));
		}
		controls.add(new Button(getTranslation("authoring.scenario.play.restart"), click -> start(s.scenario())));
	}

	private void showDebug(RunState s) {
		debug.setText("clock: " + s.clock() + " min\nscore: " + s.score() + "\nmetrics: " + s.metrics() + "\nflags: "
				+ s.flags() + "\nopen decisions: " + s.openDecisions() + "\nchoices: " + s.choices().keySet()
				+ "\nactions: " + s.actionCounts() + "\nnext event at: "
				+ (s.nextEventAt().isPresent() ? s.nextEventAt().getAsInt() : "—") + "\ndeadline at: "
				+ (s.deadlineAt().isPresent() ? s.deadlineAt().getAsInt() : "—") + "\noutcome: "
				+ (s.outcomeId() == null ? "—" : s.outcomeId()) + deskState(s) + "\nlog:\n"
				+ String.join("\n", s.log().stream().map(Object::toString).toList()));
	}

	String debugText() {
		return debug.getText();
	}

	private static String deskState(RunState s) {
		return switch (s.scenario().kind()) {
			case CONVERSATION -> "";
			case MODERATION -> "\nmoderated: " + s.moderation() + "\nwarned: " + s.warnedPersonas() + "\nbanned: "
					+ s.bannedPersonas() + "\nescalations: " + s.escalations();
			case ANALYTICS -> "\nanswers: " + s.answers();
			case WRITING -> "\ndrafts: " + s.drafts();
		};
	}

}
