package fr.cmacademy.scenario.ui;

import java.time.Instant;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;

import fr.cmacademy.scenario.RunSummary;
import fr.cmacademy.scenario.RunView;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The learner's own desk (moderation queue, analytics dashboard or writing brief) driven
 * by a run the caller keeps in memory, for the trainer's "play as learner" preview: the
 * same components learners see, nothing stored.
 */
public final class LearnerDesk {

	private final Scenario scenario;

	private final RunPanel panel;

	/**
	 * @param owner the component whose locale and translations the desk uses
	 * @param actor receives each action the trainer takes on the desk
	 */
	public LearnerDesk(Component owner, Scenario scenario, Consumer<Action> actor) {
		this.scenario = scenario;
		Actor act = actor::accept;
		this.panel = switch (scenario.kind()) {
			case MODERATION -> new ModerationPanel(owner, act);
			case ANALYTICS -> new AnalyticsPanel(owner, act);
			case WRITING -> new WritingPanel(owner, act);
			case CONVERSATION -> new ConversationPanel(owner, act);
		};
	}

	public Component component() {
		return panel.component();
	}

	/** Shows the run as it is now. */
	public void show(RunState state) {
		RunSummary preview = new RunSummary(0, 0, scenario.id(), 0, 1, state.finished(), Instant.EPOCH, null, null,
				null, null, null, false);
		panel.show(new RunView(preview, scenario, state, 0));
	}

}
