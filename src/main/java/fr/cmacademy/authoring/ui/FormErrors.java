package fr.cmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.authoring.FieldProblem;

/**
 * Shows a form's problems next to their fields: a field bound to a name gets the message
 * as its error; a problem of the French or English text only marks that language's field;
 * what has no field (a whole list, the written file) goes to the summary box.
 */
final class FormErrors {

	private record Bound(List<HasValidation> fr, List<HasValidation> en) {
	}

	private final Component owner;

	private final Map<String, Bound> fields = new LinkedHashMap<>();

	private final Map<String, Div> slots = new LinkedHashMap<>();

	private final Div summary = new Div();

	FormErrors(Component owner) {
		this.owner = owner;
		summary.addClassName("authoring-problems");
		summary.getElement().setAttribute("role", "status");
		summary.setVisible(false);
	}

	Div summary() {
		return summary;
	}

	/** Forgets the fields (a list of options rebuilt); the slots stay where they are. */
	void clearBindings() {
		fields.clear();
	}

	void bind(String field, Component single) {
		if (single instanceof HasValidation v) {
			fields.put(field, new Bound(List.of(v), List.of(v)));
		}
	}

	void bind(String field, HasValidation fr, HasValidation en) {
		fields.put(field, new Bound(List.of(fr), List.of(en)));
	}

	void bind(String field, Bilingual bilingual) {
		fields.put(field, new Bound(List.of((HasValidation) bilingual.fr()), List.of((HasValidation) bilingual.en())));
	}

	/** A place for the problems of a part without one field (a list of options). */
	Div slot(String field) {
		Div slot = new Div();
		slot.addClassName("field-error");
		slot.getElement().setAttribute("role", "alert");
		slots.put(field, slot);
		return slot;
	}

	void show(List<FieldProblem> problems) {
		fields.values().forEach(b -> {
			b.fr().forEach(v -> mark(v, null));
			b.en().forEach(v -> mark(v, null));
		});
		slots.values().forEach(Div::removeAll);
		List<String> rest = new ArrayList<>();
		for (FieldProblem p : problems) {
			String message = owner.getTranslation(p.key(), p.args().toArray());
			Bound bound = fields.get(p.field());
			Div slot = slots.get(p.field());
			if (bound != null) {
				boolean onlyFr = p.args().contains("FR") && p.key().endsWith(".translation");
				boolean onlyEn = p.args().contains("EN") && p.key().endsWith(".translation");
				if (!onlyEn) {
					bound.fr().forEach(v -> mark(v, message));
				}
				if (!onlyFr) {
					bound.en().forEach(v -> mark(v, message));
				}
			}
			else if (slot != null) {
				slot.add(new Paragraph(message));
			}
			else {
				rest.add(message);
			}
		}
		summary.removeAll();
		summary.setVisible(!problems.isEmpty());
		summary.getElement().getClassList().set("authoring-problems--bad", !problems.isEmpty());
		if (!problems.isEmpty()) {
			summary.add(new Paragraph(owner.getTranslation("authoring.form.problems", problems.size())));
			UnorderedList list = new UnorderedList();
			rest.forEach(m -> list.add(new ListItem(m)));
			summary.add(list);
		}
	}

	private static void mark(HasValidation field, @Nullable String message) {
		// The server's checks own the error state: the field's own validation must not
		// clear it.
		switch (field) {
			case TextField f -> f.setManualValidation(true);
			case TextArea f -> f.setManualValidation(true);
			case IntegerField f -> f.setManualValidation(true);
			case BigDecimalField f -> f.setManualValidation(true);
			default -> {
			}
		}
		field.setInvalid(message != null);
		field.setErrorMessage(message);
	}

}
