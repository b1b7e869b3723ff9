package fr.cmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import fr.cmacademy.authoring.BankQuestion;
import fr.cmacademy.authoring.BankQuestion.Option;
import fr.cmacademy.authoring.FieldProblem;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.QuestionType;
import fr.cmacademy.question.TextFormat;
import fr.cmacademy.quiz.ui.QuestionPreview;
import fr.cmacademy.shared.Text;

/**
 * The form of one bank question: common fields, the options its type has (with weights
 * and feedback in both languages), problems next to their fields, and the question as
 * learners see it in French and English, refreshed as the author types.
 */
class QuestionFormPanel extends Div {

	private static final Text NONE = new Text("", "");

	private final QuestionType type;

	private final List<String> tags;

	private final FormErrors errors = new FormErrors(this);

	private final TextField id = new TextField(getTranslation("authoring.qform.id"));

	private final TextField category = new TextField(getTranslation("authoring.qform.category"));

	private final Select<TextFormat> format = new Select<>();

	private final Bilingual name = new Bilingual(this, "authoring.qform.name", false);

	private final Bilingual text = new Bilingual(this, "authoring.qform.text", true);

	private final Bilingual generalFeedback = new Bilingual(this, "authoring.qform.general-feedback", true);

	private final Bilingual otherwise = new Bilingual(this, "authoring.qform.otherwise", true);

	private final RadioButtonGroup<Boolean> truth = new RadioButtonGroup<>(getTranslation("authoring.qform.truth"));

	private final Div optionBox = new Div();

	private final List<OptionRow> rows = new ArrayList<>();

	private final Div preview = new Div();

	QuestionFormPanel(BankQuestion question, Consumer<BankQuestion> save, Runnable cancel) {
		this.type = question.type();
		this.tags = question.tags();
		addClassName("question-form");
		String typeName = getTranslation("authoring.qform.type." + type.name().toLowerCase(Locale.ROOT));
		id.setHelperText(getTranslation("authoring.qform.id.help"));
		id.setMaxLength(100);
		id.setValue(question.id());
		category.setMaxLength(200);
		category.setValue(question.category());
		format.setLabel(getTranslation("authoring.qform.format"));
		format.setItems(TextFormat.values());
		format.setItemLabelGenerator(f -> getTranslation("authoring.qform.format." + f.giftName()));
		format.setValue(question.format());
		name.setValue(question.name());
		text.setValue(question.text());
		generalFeedback.setValue(question.generalFeedback());
		otherwise.setValue(question.otherwiseFeedback());
		Div head = new Div(id, category, format);
		head.addClassName("authoring-form");
		add(new H3(getTranslation("authoring.qform.heading", typeName)), errors.summary(), head, name, text);
		if (type == QuestionType.TRUE_FALSE) {
			truth.setItems(true, false);
			truth.setItemLabelGenerator(b -> getTranslation(b ? "authoring.qform.true" : "authoring.qform.false"));
			truth.setValue(question.options().isEmpty() || question.options().get(0).percent() == 100);
			truth.addValueChangeListener(e -> refreshPreview());
			add(truth);
		}
		if (type != QuestionType.ESSAY && type != QuestionType.DESCRIPTION) {
			add(new H4(getTranslation("authoring.qform.options." + type.name().toLowerCase(Locale.ROOT))));
			if (type == QuestionType.SHORT_ANSWER) {
				add(new Paragraph(getTranslation("authoring.qform.short.policy")));
			}
			if (type == QuestionType.MATCHING) {
				add(new Paragraph(getTranslation("authoring.qform.matching.help")));
			}
			add(errors.slot("options"), optionBox);
			if (type != QuestionType.TRUE_FALSE) {
				Button addOption = new Button(getTranslation("authoring.qform.option.add"), click -> {
					List<Option> options = options();
					options.add(type == QuestionType.NUMERIC ? Option.numeric(BigDecimal.ZERO, BigDecimal.ZERO, 0, NONE)
							: Option.choice(NONE, 0, NONE));
					showOptions(options);
				});
				add(addOption);
			}
		}
		if (type == QuestionType.NUMERIC) {
			add(otherwise);
		}
		if (type != QuestionType.DESCRIPTION) {
			add(generalFeedback);
		}
		add(errors.slot("gift"));
		Button saveButton = new Button(getTranslation("authoring.qform.save"), click -> save.accept(value()));
		saveButton.addThemeVariants(ButtonVariant.PRIMARY);
		Button cancelButton = new Button(getTranslation("authoring.qform.cancel"), click -> cancel.run());
		Div actions = new Div(saveButton, cancelButton);
		actions.addClassName("authoring-toolbar");
		preview.addClassName("question-form__preview");
		add(actions, new H4(getTranslation("authoring.qform.preview")), preview);
		showOptions(new ArrayList<>(question.options()));
		for (var field : List.of(id, category)) {
			field.setValueChangeMode(ValueChangeMode.LAZY);
		}
		name.fr().addValueChangeListener(e -> refreshPreview());
		name.en().addValueChangeListener(e -> refreshPreview());
		text.fr().addValueChangeListener(e -> refreshPreview());
		text.en().addValueChangeListener(e -> refreshPreview());
		format.addValueChangeListener(e -> refreshPreview());
	}

	/** What the form says now. */
	BankQuestion value() {
		List<Option> options = options();
		if (type == QuestionType.TRUE_FALSE && options.size() == 2) {
			boolean right = !Boolean.FALSE.equals(truth.getValue());
			options = List.of(Option.choice(NONE, right ? 100 : 0, options.get(0).feedback()),
					Option.choice(NONE, right ? 0 : 100, options.get(1).feedback()));
		}
		return new BankQuestion(type, id.getValue().strip(), category.getValue().strip(), name.value(), text.value(),
				format.getValue() == null ? TextFormat.MARKDOWN : format.getValue(), options,
				type == QuestionType.DESCRIPTION ? NONE : generalFeedback.value(),
				type == QuestionType.NUMERIC ? otherwise.value() : NONE, tags);
	}

	void showProblems(List<FieldProblem> problems) {
		errors.show(problems);
	}

	private List<Option> options() {
		List<Option> options = new ArrayList<>();
		rows.forEach(r -> options.add(r.value()));
		return options;
	}

	private void showOptions(List<Option> options) {
		rows.clear();
		optionBox.removeAll();
		errors.clearBindings();
		errors.bind("id", id);
		errors.bind("category", category);
		errors.bind("name", name);
		errors.bind("text", text);
		errors.bind("generalFeedback", generalFeedback);
		errors.bind("otherwiseFeedback", otherwise);
		for (int i = 0; i < options.size(); i++) {
			OptionRow row = new OptionRow(i, options.get(i), options.size());
			rows.add(row);
			optionBox.add(row);
		}
		refreshPreview();
	}

	private void move(int index, int delta) {
		List<Option> options = options();
		int j = index + delta;
		if (j < 0 || j >= options.size()) {
			return;
		}
		Option moved = options.remove(index);
		options.add(j, moved);
		showOptions(options);
	}

	private void removeOption(int index) {
		List<Option> options = options();
		options.remove(index);
		showOptions(options);
	}

	/** The French and English versions as learners get them (answers go nowhere). */
	private void refreshPreview() {
		preview.removeAll();
		BankQuestion q = value();
		for (boolean fr : new boolean[] { true, false }) {
			Div box = new Div(new H4(getTranslation(fr ? "authoring.fr" : "authoring.en")));
			box.addClassName("question-card");
			box.getElement().setAttribute("lang", fr ? "fr" : "en");
			try {
				Question question = fr ? q.fr() : q.en();
				box.add(QuestionPreview.of(this, question, getTranslation("authoring.qform.preview.label")));
			}
			catch (RuntimeException e) {
				// A half-filled form (a numeric value missing, no option yet) has no
				// preview.
				box.add(new Paragraph(getTranslation("authoring.qform.preview.unavailable")));
			}
			preview.add(box);
		}
	}

	/** One option's fields, as its question type needs them. */
	private final class OptionRow extends Div {

		private final Bilingual optionText = new Bilingual(QuestionFormPanel.this, label("text"), true);

		private final Bilingual match = new Bilingual(QuestionFormPanel.this, "authoring.qform.option.match", false);

		private final Select<Double> percent = new Select<>();

		private final BigDecimalField value = new BigDecimalField(getTranslation("authoring.qform.option.value"));

		private final BigDecimalField tolerance = new BigDecimalField(
				getTranslation("authoring.qform.option.tolerance"));

		private final BigDecimalField min = new BigDecimalField(getTranslation("authoring.qform.option.min"));

		private final BigDecimalField max = new BigDecimalField(getTranslation("authoring.qform.option.max"));

		private final RadioButtonGroup<Boolean> range = new RadioButtonGroup<>(
				getTranslation("authoring.qform.option.mode"));

		private final Bilingual feedback = new Bilingual(QuestionFormPanel.this, label("feedback"), true);

		OptionRow(int index, Option option, int count) {
			addClassName("question-form__option");
			String heading = type == QuestionType.TRUE_FALSE
					? getTranslation(index == 0 ? "authoring.qform.tf.true-answer" : "authoring.qform.tf.false-answer")
					: getTranslation("authoring.qform.option", index + 1);
			add(new H4(heading));
			optionText.setValue(option.text());
			match.setValue(option.match());
			feedback.setValue(option.feedback());
			List<Double> grades = new ArrayList<>(BankQuestion.GRADES);
			BankQuestion.GRADES.stream().filter(g -> g > 0).map(g -> -g).forEach(grades::add);
			percent.setLabel(getTranslation("authoring.qform.option.percent"));
			percent.setItems(grades);
			percent.setItemLabelGenerator(g -> BigDecimal.valueOf(g).stripTrailingZeros().toPlainString() + " %");
			percent.setValue(grades.contains(option.percent()) ? option.percent() : 0.0);
			value.setValue(option.value());
			tolerance.setValue(option.tolerance());
			range.setItems(false, true);
			range.setItemLabelGenerator(
					r -> getTranslation(r ? "authoring.qform.option.range" : "authoring.qform.option.exact"));
			range.setValue(false);
			switch (type) {
				case SINGLE_CHOICE, MULTIPLE_CHOICE, SHORT_ANSWER -> add(optionText, percent, feedback);
				case TRUE_FALSE -> add(feedback);
				case NUMERIC -> {
					range.addValueChangeListener(e -> switchRange(Boolean.TRUE.equals(e.getValue())));
					Div numbers = new Div(range, value, tolerance, min, max, percent);
					numbers.addClassName("authoring-form");
					min.setVisible(false);
					max.setVisible(false);
					add(numbers, feedback);
				}
				case MATCHING -> add(optionText, match);
				case ORDERING -> add(optionText);
				case ESSAY, DESCRIPTION -> {
				}
			}
			percent.addValueChangeListener(e -> refreshPreview());
			optionText.fr().addValueChangeListener(e -> refreshPreview());
			optionText.en().addValueChangeListener(e -> refreshPreview());
			if (type != QuestionType.TRUE_FALSE) {
				Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(index, -1));
				up.getElement().setAttribute("aria-label", getTranslation("authoring.qform.option.up", index + 1));
				up.setEnabled(index > 0);
				Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(index, 1));
				down.getElement().setAttribute("aria-label", getTranslation("authoring.qform.option.down", index + 1));
				down.setEnabled(index < count - 1);
				Button delete = new Button(VaadinIcon.TRASH.create(), click -> removeOption(index));
				delete.getElement()
					.setAttribute("aria-label", getTranslation("authoring.qform.option.remove", index + 1));
				delete.addThemeVariants(ButtonVariant.ERROR);
				Div actions = new Div(up, down, delete);
				actions.addClassName("authoring-actions");
				add(actions);
			}
			String field = "option." + index;
			errors.bind(field + ".text", optionText);
			errors.bind(field + ".match", match);
			errors.bind(field + ".feedback", feedback);
			errors.bind(field + ".percent", percent);
			errors.bind(field + ".value", value);
			errors.bind(field + ".tolerance", tolerance);
		}

		private static String label(String part) {
			return "authoring.qform.option." + part;
		}

		/** Tolerance or range: the other pair of fields shows the same answer. */
		private void switchRange(boolean toRange) {
			if (toRange && value.getValue() != null && tolerance.getValue() != null) {
				min.setValue(value.getValue().subtract(tolerance.getValue()));
				max.setValue(value.getValue().add(tolerance.getValue()));
			}
			if (!toRange && min.getValue() != null && max.getValue() != null) {
				Option o = Option.numeric(BigDecimal.ZERO, BigDecimal.ZERO, 0, NONE);
				fr.cmacademy.question.NumericAnswer a = rangeAnswer();
				value.setValue(a == null ? o.value() : a.value());
				tolerance.setValue(a == null ? o.tolerance() : a.tolerance());
			}
			value.setVisible(!toRange);
			tolerance.setVisible(!toRange);
			min.setVisible(toRange);
			max.setVisible(toRange);
		}

		private fr.cmacademy.question.@org.jspecify.annotations.Nullable NumericAnswer rangeAnswer() {
			if (min.getValue() == null || max.getValue() == null || max.getValue().compareTo(min.getValue()) < 0) {
				return null;
			}
			return fr.cmacademy.question.NumericAnswer.range(min.getValue(), max.getValue(), 0,
					fr.cmacademy.question.FormattedText.EMPTY);
		}

		Option value() {
			double weight = percent.getValue() == null ? 0 : percent.getValue();
			BigDecimal v = value.getValue();
			BigDecimal tol = tolerance.getValue();
			if (type == QuestionType.NUMERIC && Boolean.TRUE.equals(range.getValue())) {
				var a = rangeAnswer();
				v = a == null ? null : a.value();
				tol = a == null ? null : a.tolerance();
			}
			return switch (type) {
				case NUMERIC -> new Option(NONE, NONE, weight, v, tol, feedback.value());
				case MATCHING -> Option.pair(optionText.value(), match.value());
				case ORDERING -> Option.choice(optionText.value(), 0, NONE);
				case TRUE_FALSE -> Option.choice(NONE, weight, feedback.value());
				default -> Option.choice(optionText.value(), weight, feedback.value());
			};
		}

	}

}
