package fr.cmacademy.scenario.ui;

import java.util.function.BiFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import fr.cmacademy.scenario.ActResult;
import fr.cmacademy.scenario.RunView;
import fr.cmacademy.scenario.ScenarioService;

/**
 * A panel mounted in the UI with an actor that does what the player does: act on the
 * server with the log position the page saw, then show the run as it is now. Keeps the
 * last result so a test can tell applied from rejected actions.
 */
final class PanelHarness<P extends RunPanel> {

	final ScenarioService scenarios;

	final long runId;

	final P panel;

	RunView view;

	ActResult last;

	PanelHarness(ScenarioService scenarios, String scenarioId, BiFunction<Component, Actor, P> create) {
		this.scenarios = scenarios;
		this.runId = scenarios.start(scenarioId);
		Div owner = new Div();
		UI.getCurrent().add(owner);
		this.panel = create.apply(owner, action -> {
			last = scenarios.act(runId, action, view.seq());
			view = switch (last) {
				case ActResult.Applied applied -> applied.view();
				case ActResult.Stale stale -> stale.view();
				case ActResult.Rejected rejected -> rejected.view();
			};
			this.panel().show(view);
		});
		owner.add(panel.component());
		view = scenarios.run(runId);
		panel.show(view);
	}

	private P panel() {
		return panel;
	}

}
