package fr.cmacademy.authoring.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.cmacademy.shared.Text;

/**
 * A French and an English field side by side; a text present in one language and missing
 * in the other is highlighted and says so.
 */
class Bilingual extends Div {

	private final AbstractField<?, String> fr;

	private final AbstractField<?, String> en;

	Bilingual(Component owner, String labelKey, boolean area) {
		String label = owner.getTranslation(labelKey);
		fr = area ? new TextArea(label + " — " + owner.getTranslation("authoring.fr"))
				: new TextField(label + " — " + owner.getTranslation("authoring.fr"));
		en = area ? new TextArea(label + " — " + owner.getTranslation("authoring.en"))
				: new TextField(label + " — " + owner.getTranslation("authoring.en"));
		fr.getElement().setAttribute("lang", "fr");
		en.getElement().setAttribute("lang", "en");
		for (AbstractField<?, String> field : java.util.List.of(fr, en)) {
			if (field instanceof TextField t) {
				t.setValueChangeMode(ValueChangeMode.LAZY);
				t.setMaxLength(2000);
			}
			if (field instanceof TextArea t) {
				t.setValueChangeMode(ValueChangeMode.LAZY);
				t.setMaxLength(20000);
			}
			field.addValueChangeListener(e -> highlight(owner));
		}
		addClassName("bilingual");
		add(fr, en);
	}

	Text value() {
		return new Text(fr.getValue().strip(), en.getValue().strip());
	}

	void setValue(Text text) {
		fr.setValue(text.fr());
		en.setValue(text.en());
	}

	HasValue<?, String> fr() {
		return fr;
	}

	HasValue<?, String> en() {
		return en;
	}

	boolean missing() {
		return fr.getValue().isBlank() != en.getValue().isBlank();
	}

	private void highlight(Component owner) {
		mark(fr, en.getValue().isBlank() ? false : fr.getValue().isBlank(), owner);
		mark(en, fr.getValue().isBlank() ? false : en.getValue().isBlank(), owner);
	}

	private static void mark(AbstractField<?, String> field, boolean missing, Component owner) {
		field.getElement().getClassList().set("translation-missing", missing);
		String helper = missing ? owner.getTranslation("authoring.translation-missing") : null;
		if (field instanceof TextField t) {
			t.setHelperText(helper);
		}
		if (field instanceof TextArea t) {
			t.setHelperText(helper);
		}
	}

}
