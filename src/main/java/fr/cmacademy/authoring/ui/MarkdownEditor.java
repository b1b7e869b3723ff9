package fr.cmacademy.authoring.ui;

import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A Markdown text area with a small toolbar (inserting at the caret in the browser) and a
 * live preview rendered on the server exactly as learners get it.
 */
class MarkdownEditor extends Div {

	final TextArea text = new TextArea();

	private final Div preview = new Div();

	private final Function<String, String> render;

	MarkdownEditor(String label, Locale language, Function<String, String> render) {
		this.render = render;
		addClassName("markdown-editor");
		text.setLabel(label);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.setMaxLength(200_000);
		text.addClassName("markdown-editor__text");
		text.getElement().setAttribute("lang", language.getLanguage());
		text.addValueChangeListener(e -> refresh());
		Div toolbar = new Div(tool("authoring.md.bold", "**", "**", "text"),
				tool("authoring.md.italic", "_", "_", "text"), tool("authoring.md.heading", "\n## ", "\n", "Section"),
				tool("authoring.md.list", "\n- ", "\n", "item"),
				tool("authoring.md.link", "[", "](https://example.org)", "link"),
				tool("authoring.md.table", "\n| A | B |\n|---|---|\n| ", " | |\n", "1"),
				tool("authoring.md.tip", "\n> [!TIP]\n> ", "\n", "tip"));
		toolbar.addClassName("markdown-editor__toolbar");
		toolbar.getElement().setAttribute("role", "toolbar");
		toolbar.getElement().setAttribute("aria-label", getTranslation("authoring.md.toolbar", label));
		preview.addClassName("markdown-editor__preview");
		preview.getElement().setAttribute("lang", language.getLanguage());
		H3 previewTitle = new H3(getTranslation("authoring.md.preview", label));
		Div previewBox = new Div(previewTitle, preview);
		previewBox.addClassName("markdown-editor__preview-box");
		Div editBox = new Div(toolbar, text);
		add(editBox, previewBox);
	}

	private Button tool(String key, String before, String after, String placeholder) {
		Button b = new Button(getTranslation(key), click -> insert(before, after, placeholder));
		b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
		return b;
	}

	/** Wraps the selection (or a placeholder) at the caret. */
	void insert(String before, String after, String placeholder) {
		text.getElement().executeJs("""
				const ta = this.inputElement;
				const s = ta.selectionStart, e = ta.selectionEnd;
				const sel = ta.value.substring(s, e) || $2;
				ta.setRangeText($0 + sel + $1, s, e, 'end');
				this.value = ta.value;
				ta.focus();""", before, after, placeholder);
	}

	String value() {
		return text.getValue();
	}

	void setValue(String value) {
		text.setValue(value);
		refresh();
	}

	void refresh() {
		preview.removeAll();
		preview.add(new Html(render.apply(text.getValue())));
	}

}
