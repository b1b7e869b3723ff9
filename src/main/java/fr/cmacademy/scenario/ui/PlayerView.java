package fr.cmacademy.scenario.ui;

import fr.cmacademy.content.ui.ItemPages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.scenario.ActResult;
import fr.cmacademy.scenario.RunNotFoundException;
import fr.cmacademy.scenario.RunView;
import fr.cmacademy.scenario.ScenarioService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.Simulation;
import fr.cmacademy.simulation.model.Kind;

/**
 * Playing a run: a band with the simulated clock, the live gauges and the way out, above
 * the panel of the scenario's kind. Everything comes from the server's log, so a reload
 * or another device finds the run where it was; every action states the log position this
 * page saw, so two tabs never apply an action to a state nobody saw.
 */
@Route("runs/:runId")
@RolesAllowed(Roles.LEARNER)
public class PlayerView extends Div implements BeforeEnterObserver, HasDynamicTitle, Actor {

	private final ScenarioService scenarios;

	private final Span clock = new Span();

	private final Span clockNote = new Span();

	private final MetricGauges gauges = new MetricGauges();

	private final Button finish = new Button();

	private RunPanel panel;

	private long runId;

	private int seq;

	private String title = "";

	public PlayerView(ScenarioService scenarios) {
		this.scenarios = scenarios;
		addClassNames("page", "player-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		RunView view;
		try {
			runId = Long.parseLong(event.getRouteParameters().get("runId").orElse(""));
			view = scenarios.run(runId);
		}
		catch (NumberFormatException | RunNotFoundException ex) {
			throw new NotFoundException();
		}
		if (view.state().finished()) {
			event.forwardTo(debriefPath());
			return;
		}
		title = view.scenario().title().in(getLocale());
		layout(view);
		show(view);
	}

	private void layout(RunView view) {
		removeAll();
		Anchor back = ItemPages.backLink("scenarios/" + view.scenario().id(), getTranslation("scenario.player.back"));
		Span clockLabel = new Span(getTranslation("scenario.player.clock"));
		clockLabel.addClassName("player-clock__label");
		clock.addClassName("player-clock__time");
		clockNote.addClassName("player-clock__note");
		Div clockBox = new Div(clockLabel, clock, clockNote);
		clockBox.addClassName("player-clock");
		clockBox.getElement().setAttribute("role", "timer");
		finish.setText(getTranslation("scenario.player.finish"));
		finish.addClassName("player-band__finish");
		finish.addClickListener(click -> confirmFinish());
		Div band = new Div(clockBox, gauges, finish);
		band.addClassName("player-band");
		// Simulated time and metrics belong to conversations and queues; a dashboard or a
		// writing brief has neither, and an empty band would only take room.
		boolean conversation = view.scenario().kind() == Kind.CONVERSATION;
		clockBox.setVisible(conversation);
		band.setVisible(conversation || !view.scenario().metrics().isEmpty());
		panel = panelFor(view);
		add(back, band, panel.component());
	}

	private RunPanel panelFor(RunView view) {
		return switch (view.scenario().kind()) {
			case CONVERSATION -> new ConversationPanel(this, this);
			case MODERATION -> new ModerationPanel(this, this);
			case ANALYTICS -> new AnalyticsPanel(this, this);
			case WRITING -> new WritingPanel(this, this);
		};
	}

	private void show(RunView view) {
		seq = view.seq();
		if (view.state().finished()) {
			getUI().ifPresent(ui -> ui.navigate(debriefPath()));
			return;
		}
		int minutes = view.state().clock();
		clock.setText(SimText.clock(minutes));
		clock.getElement().setAttribute("aria-label", getTranslation("scenario.player.clock-label", minutes));
		clockNote.setText(getTranslation("scenario.player.clock-note"));
		gauges.show(view.state());
		gauges.setVisible(!view.scenario().metrics().isEmpty());
		// The queue, the dashboard and the brief have their own finish in the panel,
		// which
		// warns about what is left undone; only the conversation ends from the band.
		finish.setVisible(view.scenario().kind() == Kind.CONVERSATION
				&& Simulation.rejection(view.state(), new Action.Finish()).isEmpty());
		panel.show(view);
	}

	@Override
	public void act(Action action) {
		ActResult result;
		try {
			result = scenarios.act(runId, action, seq);
		}
		catch (RunNotFoundException ex) {
			getUI().ifPresent(ui -> ui.navigate(""));
			return;
		}
		switch (result) {
			case ActResult.Applied applied -> show(applied.view());
			case ActResult.Stale stale -> {
				notice(getTranslation("scenario.player.stale"), NotificationVariant.WARNING);
				show(stale.view());
			}
			case ActResult.Rejected rejected -> {
				notice(getTranslation("scenario.player.rejected", rejected.reason()), NotificationVariant.ERROR);
				show(rejected.view());
			}
		}
	}

	private void notice(String text, NotificationVariant variant) {
		Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(variant);
	}

	private void confirmFinish() {
		ConfirmDialog dialog = new ConfirmDialog(getTranslation("scenario.player.finish-title"),
				getTranslation("scenario.player.finish-text"), getTranslation("scenario.player.finish-confirm"),
				confirm -> act(new Action.Finish()));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("scenario.player.finish-cancel"));
		dialog.open();
	}

	private String debriefPath() {
		return "runs/" + runId + "/debrief";
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
