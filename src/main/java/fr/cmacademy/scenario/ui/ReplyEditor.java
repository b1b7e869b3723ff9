package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.checks.CheckResult;
import fr.cmacademy.simulation.checks.ReplyChecks;
import fr.cmacademy.simulation.model.Checks;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Scenario;

/**
 * Writing a reply in one's own words: the text area, the author's checks run as the
 * learner types (after a short pause) with what each found and where, and the button that
 * publishes it in the brand's name. Failing checks do not block publishing: the
 * consequences are part of the lesson.
 */
final class ReplyEditor extends Div {

	private final Component owner;

	private final Scenario scenario;

	private final Checks checks;

	private final TextArea area = new TextArea();

	private final UnorderedList results = new UnorderedList();

	private final Span summary = new Span();

	private final Button publish = new Button();

	ReplyEditor(Component owner, Actor actor, Scenario scenario, Decision decision, Option option, Runnable cancel) {
		this.owner = owner;
		this.scenario = scenario;
		this.checks = option.checks() == null ? Checks.NONE : option.checks();
		addClassName("reply-editor");
		area.setLabel(owner.getTranslation("scenario.reply.label", scenario.brand().name()));
		area.setHelperText(owner.getTranslation("scenario.reply.helper"));
		area.setWidthFull();
		area.setMinRows(5);
		if (checks.maxLength() != null) {
			area.setMaxLength(checks.maxLength() + 200);
		}
		area.setValueChangeMode(ValueChangeMode.TIMEOUT);
		area.setValueChangeTimeout(350);
		area.addValueChangeListener(change -> update());
		results.addClassName("check-list");
		summary.addClassName("reply-editor__summary");
		summary.getElement().setAttribute("aria-live", "polite");
		Div checksBox = new Div(new H3(owner.getTranslation("scenario.reply.checks")), summary, results);
		checksBox.addClassName("reply-editor__checks");
		publish.setText(owner.getTranslation("scenario.reply.publish"));
		publish.addThemeVariants(ButtonVariant.PRIMARY);
		publish.addClickListener(
				click -> actor.act(new Action.Write(decision.id(), option.id(), area.getValue().strip(), language())));
		Button back = new Button(owner.getTranslation("scenario.reply.cancel"), click -> cancel.run());
		back.addThemeVariants(ButtonVariant.TERTIARY);
		Div buttons = new Div(publish, back);
		buttons.addClassName("reply-editor__buttons");
		add(area, checksBox);
		if (option.review()) {
			Paragraph note = new Paragraph(owner.getTranslation("scenario.reply.review-note"));
			note.addClassName("reply-editor__note");
			add(note);
		}
		add(buttons);
		update();
	}

	private String language() {
		return "fr".equals(SimText.locale(owner).getLanguage()) ? "fr" : "en";
	}

	private void update() {
		String text = area.getValue();
		publish.setEnabled(!text.isBlank());
		if (text.isBlank()) {
			results.removeAll();
			summary.setText(owner.getTranslation("scenario.reply.checks-hint"));
			return;
		}
		List<CheckResult> found = ReplyChecks.check(text, Locale.of(language()), checks, scenario.brand().brief());
		CheckList.fill(owner, results, found);
		long passed = found.stream().filter(CheckResult::passed).count();
		summary.setText(owner.getTranslation("scenario.reply.checks-summary", passed, found.size()));
	}

	TextArea area() {
		return area;
	}

}
