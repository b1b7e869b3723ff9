package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.simulation.RunParts.Moderated;
import fr.cmacademy.simulation.model.ActionType;
import fr.cmacademy.simulation.model.ModerationItem;
import fr.cmacademy.simulation.model.Persona;

/**
 * One reported item of the moderation queue, as a moderation tool shows it: who wrote it
 * (avatar, name, what the account looks like), what kind of message it is, what it
 * replies to, the text, and one button per action the scenario offers; once decided, the
 * decision.
 */
final class ModerationCard {

	private final Div card = new Div();

	private final Div actions = new Div();

	private final Span decision = new Span();

	private final List<Button> buttons;

	ModerationCard(Component owner, String scenarioId, ModerationItem item, @Nullable Persona persona, int number,
			int total, List<ActionType> offered, Consumer<ActionType> onDecide) {
		Locale locale = PanelLocale.of(owner);
		String name = persona == null ? item.persona() : persona.name();
		card.addClassName("moderation-card");
		card.getElement().setAttribute("data-item", item.id());
		card.getElement().setAttribute("role", "group");
		String headingId = "moderation-item-" + item.id();
		card.getElement().setAttribute("aria-labelledby", headingId);

		Avatar avatar = new Avatar(name);
		if (persona != null && persona.avatar() != null) {
			avatar.setImage(LessonRenderer.ASSET_PATH + scenarioId + "/" + persona.avatar());
		}
		avatar.setColorIndex(Math.floorMod(name.hashCode(), 7));
		avatar.addClassName("moderation-card__avatar");
		Span author = new Span(name);
		author.addClassName("moderation-card__author");
		author.setId(headingId);
		Span type = new Span(owner.getTranslation("scenario.moderation.type." + lower(item.type().name())));
		type.addClassNames("status-badge", "moderation-card__type");
		Span position = new Span(owner.getTranslation("scenario.moderation.position", number, total));
		position.addClassName("moderation-card__position");
		Div who = new Div(author, type);
		who.addClassName("moderation-card__who");
		if (persona != null && persona.bio() != null) {
			Span bio = new Span(persona.bio().in(locale));
			bio.addClassName("moderation-card__bio");
			who.add(bio);
		}
		Div header = new Div(avatar, who, position);
		header.addClassName("moderation-card__header");
		card.add(header);

		if (item.context() != null) {
			Paragraph context = new Paragraph(
					owner.getTranslation("scenario.moderation.context", item.context().in(locale)));
			context.addClassName("moderation-card__context");
			card.add(context);
		}
		Paragraph text = new Paragraph(item.text().in(locale));
		text.addClassName("moderation-card__text");
		card.add(text);

		actions.addClassName("moderation-card__actions");
		buttons = offered.stream().map(action -> {
			String label = owner.getTranslation("scenario.moderation.action." + lower(action.name()));
			Button button = new Button(label, click -> onDecide.accept(action));
			button.setAriaLabel(owner.getTranslation("scenario.moderation.action-for", label, name, number));
			button.getElement().setAttribute("data-action", lower(action.name()));
			button.addClassNames("moderation-action", "moderation-action--" + lower(action.name()));
			if (action == ActionType.DELETE || action == ActionType.BAN) {
				button.addThemeVariants(ButtonVariant.AURA_DANGER);
			}
			button.setDisableOnClick(true);
			return button;
		}).toList();
		buttons.forEach(actions::add);
		decision.addClassNames("status-badge", "moderation-card__decision");
		decision.setVisible(false);
		card.add(actions, decision);
	}

	Component component() {
		return card;
	}

	/** Shows the item undecided (buttons) or decided (the decision), or read-only. */
	void show(Component owner, @Nullable Moderated decided, boolean finished) {
		boolean open = decided == null && !finished;
		card.setClassName("moderation-card--decided", decided != null);
		actions.setVisible(open);
		buttons.forEach(b -> b.setEnabled(open));
		decision.setVisible(decided != null);
		if (decided != null) {
			decision.setText(owner.getTranslation("scenario.moderation.decided." + lower(decided.action().name())));
			decision.getElement().setAttribute("data-action", lower(decided.action().name()));
		}
	}

	boolean open() {
		return actions.isVisible();
	}

	void focus() {
		if (!buttons.isEmpty()) {
			buttons.get(0).focus();
		}
	}

	static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
