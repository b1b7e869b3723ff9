package fr.cmacademy.scenario.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The learner's move: the active decision's prompt and options as buttons (with the text
 * a written option would publish, to read before choosing), a free-text option opening
 * the reply editor, or, when nothing waits for an answer, the button that lets simulated
 * time pass.
 */
final class DecisionCard extends Section {

	private final Div editorSlot = new Div();

	DecisionCard(Component owner, Actor actor, Scenario scenario, RunState state, Decision decision) {
		Locale locale = SimText.locale(owner);
		addClassNames("decision-card", "decision-card--active");
		getElement().setAttribute("aria-labelledby", "decision-heading");
		H2 heading = new H2(owner.getTranslation("scenario.decision.title"));
		heading.setId("decision-heading");
		Paragraph prompt = new Paragraph(decision.prompt().in(locale));
		prompt.addClassName("decision-card__prompt");
		add(heading, prompt);
		state.deadlineAt().ifPresent(deadline -> {
			Paragraph hint = new Paragraph(
					owner.getTranslation("scenario.decision.deadline", Math.max(0, deadline - state.clock())));
			hint.addClassName("decision-card__deadline");
			add(hint);
		});
		Div options = new Div();
		options.addClassName("decision-card__options");
		for (Option option : decision.options()) {
			options.add(option(owner, actor, scenario, decision, option));
		}
		editorSlot.addClassName("decision-card__editor");
		add(options, editorSlot);
	}

	private Div option(Component owner, Actor actor, Scenario scenario, Decision decision, Option option) {
		Locale locale = SimText.locale(owner);
		Button button = new Button(SimText.option(owner, scenario, option));
		button.addClassName("decision-option__button");
		Span kind = new Span(kind(owner, option));
		kind.addClassName("decision-option__kind");
		Div box = new Div(button, kind);
		box.addClassName("decision-option");
		if (option.freeText()) {
			box.addClassName("decision-option--free");
			button.addThemeVariants(ButtonVariant.PRIMARY);
			button.addClickListener(click -> {
				editorSlot.removeAll();
				ReplyEditor editor = new ReplyEditor(owner, actor, scenario, decision, option, editorSlot::removeAll);
				editorSlot.add(editor);
				editor.area().focus();
			});
		}
		else {
			button.setDisableOnClick(true);
			button.addClickListener(click -> actor.act(new Action.Choose(decision.id(), option.id())));
			if (option.text() != null) {
				Paragraph text = new Paragraph(option.text().in(locale));
				text.addClassName("decision-option__text");
				NativeDetails details = new NativeDetails(owner.getTranslation("scenario.decision.read-text"), text);
				details.addClassName("decision-option__details");
				box.add(details);
			}
		}
		return box;
	}

	private static String kind(Component owner, Option option) {
		String action = SimText.action(owner, option.action());
		if (option.action() == ActionType.ESCALATE && option.to() != null) {
			return action + " · " + owner.getTranslation("scenario.escalate." + option.to());
		}
		if (option.freeText()) {
			return action + " · " + owner.getTranslation("scenario.decision.own-words");
		}
		return action;
	}

	/** Nothing waits for an answer: let simulated time pass until something happens. */
	static Section idle(Component owner, Actor actor) {
		Section card = new Section();
		card.addClassNames("decision-card", "decision-card--idle");
		card.getElement().setAttribute("aria-labelledby", "decision-heading");
		H2 heading = new H2(owner.getTranslation("scenario.decision.idle-title"));
		heading.setId("decision-heading");
		Button wait = new Button(owner.getTranslation("scenario.decision.wait"),
				click -> actor.act(new Action.Wait(0)));
		wait.addThemeVariants(ButtonVariant.PRIMARY);
		wait.setDisableOnClick(true);
		card.add(heading, new Paragraph(owner.getTranslation("scenario.decision.idle-text")), wait);
		return card;
	}

}
