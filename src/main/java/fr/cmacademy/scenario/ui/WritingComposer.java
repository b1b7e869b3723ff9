package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.RunParts.Draft;
import fr.cmacademy.simulation.checks.CheckResult;
import fr.cmacademy.simulation.checks.WritingChecks;
import fr.cmacademy.simulation.model.Brand;
import fr.cmacademy.simulation.model.Writing.Target;

/**
 * The composer for one writing target: the post text, the picture's alt text, the live
 * preview, the instant checks recomputed while typing, and the submit button. A submitted
 * draft is marked as such; any later change shows as not submitted until sent again.
 */
final class WritingComposer {

	private final Component owner;

	private final Target target;

	private final Brand brand;

	private final boolean hasImage;

	private final Div root = new Div();

	private final TextArea text = new TextArea();

	private final TextArea alt = new TextArea();

	private final PostPreview preview;

	private final CheckItems checks;

	private final Span status = new Span();

	private final Button submit = new Button();

	private @Nullable Draft draft;

	WritingComposer(Component owner, Brand brand, Target target, @Nullable String imageUrl, Actor actor) {
		this.owner = owner;
		this.target = target;
		this.brand = brand;
		this.hasImage = imageUrl != null;
		this.checks = new CheckItems(owner);
		String platform = t("scenario.panel.platform." + target.platform().name().toLowerCase(Locale.ROOT));
		root.addClassName("writing-composer");
		root.getElement().setAttribute("data-target", target.id());

		text.setLabel(t("scenario.writing.text", platform));
		text.setMinRows(8);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.setValueChangeTimeout(200);
		text.addClassName("writing-composer__text");
		text.addValueChangeListener(e -> refresh());
		alt.setLabel(t("scenario.writing.alt"));
		alt.setHelperText(t("scenario.writing.alt-help", WritingChecks.MIN_ALT_TEXT));
		alt.setMinRows(2);
		alt.setValueChangeMode(ValueChangeMode.LAZY);
		alt.setValueChangeTimeout(200);
		alt.addClassName("writing-composer__alt");
		alt.addValueChangeListener(e -> refresh());
		alt.setVisible(hasImage);

		submit.setText(t("scenario.writing.submit", platform));
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		submit.addClassName("writing-composer__submit");
		submit.addClickListener(click -> {
			if (!text.getValue().isBlank()) {
				actor.act(new Action.Submit(target.id(), text.getValue(), alt.getValue(), language()));
			}
		});
		status.addClassNames("status-badge", "writing-composer__status");
		status.getElement().setAttribute("aria-live", "polite");
		Div actions = new Div(submit, status);
		actions.addClassName("writing-composer__actions");
		Div editor = new Div(new H3(t("scenario.writing.compose")), text, alt, actions);
		editor.addClassName("writing-composer__editor");

		preview = new PostPreview(owner, brand, target.platform(), target.lengthLimit(), imageUrl);
		Div side = new Div(new H3(t("scenario.writing.preview")), preview.component(),
				new H3(t("scenario.writing.checks")), checks.component());
		side.addClassName("writing-composer__side");
		root.add(editor, side);
		refresh();
	}

	Component component() {
		return root;
	}

	/**
	 * Shows the latest submitted draft; the fields are filled only when they are empty.
	 */
	void show(@Nullable Draft latest, boolean finished) {
		if (latest != null && (draft == null || latest.version() != draft.version()) && text.getValue().isBlank()) {
			text.setValue(latest.text());
			alt.setValue(latest.altText());
		}
		draft = latest;
		text.setReadOnly(finished);
		alt.setReadOnly(finished);
		submit.setEnabled(!finished);
		refresh();
	}

	boolean submitted() {
		return draft != null;
	}

	private void refresh() {
		String value = text.getValue();
		int length = value.strip().codePointCount(0, value.strip().length());
		preview.show(value, alt.getValue(), length);
		List<CheckResult> results = value.isBlank() ? List.of() : WritingChecks.check(value,
				hasImage ? alt.getValue() : null, Locale.forLanguageTag(language()), target, brand.brief());
		checks.show(results);
		Draft current = draft;
		boolean same = current != null && current.text().equals(value)
				&& Objects.equals(current.altText(), alt.getValue());
		if (current == null) {
			status.setText(t("scenario.writing.not-submitted"));
		}
		else if (same) {
			status.setText(t("scenario.writing.submitted", current.version()));
		}
		else {
			status.setText(t("scenario.writing.changed", current.version()));
		}
		status.setClassName("status-badge--done", same);
		status.setClassName("status-badge--in-progress", current != null && !same);
		submit.setText(t(current == null ? "scenario.writing.submit" : "scenario.writing.resubmit",
				t("scenario.panel.platform." + target.platform().name().toLowerCase(Locale.ROOT))));
	}

	private String language() {
		return PanelLocale.of(owner).getLanguage();
	}

	private String t(String key, Object... args) {
		return owner.getTranslation(key, args);
	}

}
