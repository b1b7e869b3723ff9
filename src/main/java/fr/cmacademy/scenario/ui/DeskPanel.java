package fr.cmacademy.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.scenario.RunView;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Scenario;

/**
 * What the desk panels (moderation queue, analytics dashboard, writing brief) share: the
 * layout is built once per scenario, then each action only updates it; the panel has its
 * own finish button, and a note once the run is over.
 */
abstract class DeskPanel implements RunPanel {

	final Component owner;

	final Actor actor;

	final Div root = new Div();

	final Button finish = new Button();

	final Span finishedNote = new Span();

	/** The run as last shown, for the panel's own listeners. */
	@Nullable RunState state;

	private @Nullable String built;

	DeskPanel(Component owner, Actor actor, String className) {
		this.owner = owner;
		this.actor = actor;
		root.addClassName(className);
	}

	@Override
	public Component component() {
		return root;
	}

	@Override
	public final void show(RunView view) {
		RunState current = view.state();
		state = current;
		Scenario scenario = view.scenario();
		if (!scenario.id().equals(built)) {
			build(scenario);
			built = scenario.id();
		}
		update(scenario, current);
		finish.setVisible(!current.finished());
		finish.setEnabled(!current.finished());
		finishedNote.setVisible(current.finished());
	}

	/** Builds the panel's layout for a scenario (once). */
	abstract void build(Scenario scenario);

	/** Shows the run as it is now in the built layout. */
	abstract void update(Scenario scenario, RunState current);

	String t(String key, Object... args) {
		return owner.getTranslation(key, args);
	}

}
