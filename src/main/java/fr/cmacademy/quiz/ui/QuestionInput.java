package fr.cmacademy.quiz.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.question.ChoiceResponse;
import fr.cmacademy.question.Essay;
import fr.cmacademy.question.FormattedText;
import fr.cmacademy.question.Matching;
import fr.cmacademy.question.MatchingResponse;
import fr.cmacademy.question.MultipleChoice;
import fr.cmacademy.question.Numeric;
import fr.cmacademy.question.NumericResponse;
import fr.cmacademy.question.Ordering;
import fr.cmacademy.question.OrderingResponse;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.Response;
import fr.cmacademy.question.ShortAnswer;
import fr.cmacademy.question.SingleChoice;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.question.TrueFalse;
import fr.cmacademy.question.TrueFalseResponse;

/**
 * The field a learner answers a question with, one kind per question type. It reports
 * every change the learner makes ({@code onChange}; typing after a short pause) and can
 * show a response the server holds without reporting it back.
 */
abstract class QuestionInput {

	/** Pause in typing after which a text answer is saved. */
	static final int TYPING_PAUSE_MS = 800;

	final Component owner;

	final Consumer<@Nullable Response> onChange;

	QuestionInput(Component owner, Consumer<@Nullable Response> onChange) {
		this.owner = owner;
		this.onChange = onChange;
	}

	abstract Component component();

	/** Shows a response (from the server) without saving it. */
	abstract void show(@Nullable Response response);

	/**
	 * Whether the answer is typed (a conflict then offers to keep the learner's text).
	 */
	boolean typed() {
		return false;
	}

	/** The response currently in the field. */
	abstract @Nullable Response current();

	static QuestionInput of(Component owner, Question question, List<Integer> order, String label,
			Consumer<@Nullable Response> onChange) {
		return switch (question) {
			case SingleChoice single -> new Single(owner, choiceTexts(single.choices()), order, label, onChange);
			case MultipleChoice multiple ->
				new Multiple(owner, choiceTexts(multiple.choices()), order, label, onChange);
			case TrueFalse trueFalse -> new Single(owner,
					List.of(FormattedText.plain(owner.getTranslation("attempt.true")),
							FormattedText.plain(owner.getTranslation("attempt.false"))),
					List.of(0, 1), label, response -> onChange.accept(response == null ? null
							: new TrueFalseResponse(((ChoiceResponse) response).selected().contains(0))));
			case ShortAnswer shortAnswer -> new Typed(owner, false, "attempt.short.label", onChange);
			case Numeric numeric -> new Typed(owner, false, "attempt.numeric.label", onChange);
			case Essay essay -> new Typed(owner, true, "attempt.essay.label", onChange);
			case Matching matching -> new Match(owner, matching, order, onChange);
			case Ordering ordering -> new Order(owner, ordering, order, onChange);
			case fr.cmacademy.question.Description description -> new Nothing(owner, onChange);
		};
	}

	private static List<FormattedText> choiceTexts(List<fr.cmacademy.question.Choice> choices) {
		return choices.stream().map(fr.cmacademy.question.Choice::text).toList();
	}

	static Html html(FormattedText text) {
		return new Html("<span class=\"rich-text\">" + text.html() + "</span>");
	}

	/** One choice among several (also true/false). */
	private static final class Single extends QuestionInput {

		private final RadioButtonGroup<Integer> group = new RadioButtonGroup<>();

		Single(Component owner, List<FormattedText> texts, List<Integer> order, String label,
				Consumer<@Nullable Response> onChange) {
			super(owner, onChange);
			group.setAriaLabel(label);
			group.setHelperText(owner.getTranslation("attempt.single.hint"));
			group.setItems(order);
			group.setRenderer(new ComponentRenderer<>(i -> html(texts.get(i))));
			group.addValueChangeListener(event -> {
				if (event.isFromClient()) {
					onChange.accept(event.getValue() == null ? null : new ChoiceResponse(Set.of(event.getValue())));
				}
			});
			group.addClassName("answer-choices");
		}

		@Override
		Component component() {
			return group;
		}

		@Override
		void show(@Nullable Response response) {
			Integer value = switch (response) {
				case ChoiceResponse choice when !choice.selected().isEmpty() -> choice.selected().iterator().next();
				case TrueFalseResponse tf -> tf.value() ? 0 : 1;
				case null, default -> null;
			};
			group.setValue(value);
		}

		@Override
		@Nullable Response current() {
			return group.getValue() == null ? null : new ChoiceResponse(Set.of(group.getValue()));
		}

	}

	/** Several choices. */
	private static final class Multiple extends QuestionInput {

		private final CheckboxGroup<Integer> group = new CheckboxGroup<>();

		Multiple(Component owner, List<FormattedText> texts, List<Integer> order, String label,
				Consumer<@Nullable Response> onChange) {
			super(owner, onChange);
			group.setAriaLabel(label);
			group.setHelperText(owner.getTranslation("attempt.multiple.hint"));
			group.setItems(order);
			group.setRenderer(new ComponentRenderer<>(i -> html(texts.get(i))));
			group.addValueChangeListener(event -> {
				if (event.isFromClient()) {
					onChange.accept(event.getValue().isEmpty() ? null : new ChoiceResponse(event.getValue()));
				}
			});
			group.addClassName("answer-choices");
		}

		@Override
		Component component() {
			return group;
		}

		@Override
		void show(@Nullable Response response) {
			group.setValue(response instanceof ChoiceResponse choice ? choice.selected() : Set.of());
		}

		@Override
		@Nullable Response current() {
			return group.getValue().isEmpty() ? null : new ChoiceResponse(new LinkedHashSet<>(group.getValue()));
		}

	}

	/** Short answer, numeric or essay: typed, saved after a pause in typing. */
	private static final class Typed extends QuestionInput {

		private final boolean essay;

		private final boolean numeric;

		private final TextField line = new TextField();

		private final TextArea area = new TextArea();

		Typed(Component owner, boolean essay, String labelKey, Consumer<@Nullable Response> onChange) {
			super(owner, onChange);
			this.essay = essay;
			if (essay) {
				area.setLabel(owner.getTranslation(labelKey));
				area.setHelperText(owner.getTranslation("attempt.essay.hint"));
				area.setValueChangeMode(ValueChangeMode.LAZY);
				area.setValueChangeTimeout(TYPING_PAUSE_MS);
				area.setMinRows(8);
				area.setMaxLength(20_000);
				area.setWidthFull();
				area.addValueChangeListener(event -> {
					if (event.isFromClient()) {
						onChange.accept(current());
					}
				});
			}
			else {
				line.setLabel(owner.getTranslation(labelKey));
				if ("attempt.numeric.label".equals(labelKey)) {
					line.setHelperText(owner.getTranslation("attempt.numeric.helper"));
				}
				line.setValueChangeMode(ValueChangeMode.LAZY);
				line.setValueChangeTimeout(TYPING_PAUSE_MS);
				line.setMaxLength(500);
				line.setWidth("min(100%, 28rem)");
				line.addValueChangeListener(event -> {
					if (event.isFromClient()) {
						onChange.accept(current());
					}
				});
			}
			numeric = "attempt.numeric.label".equals(labelKey);
		}

		@Override
		Component component() {
			return essay ? area : line;
		}

		@Override
		boolean typed() {
			return true;
		}

		@Override
		void show(@Nullable Response response) {
			String text = switch (response) {
				case TextResponse t -> t.text();
				case NumericResponse n -> n.raw();
				case null, default -> "";
			};
			(essay ? area : line).setValue(text);
		}

		@Override
		@Nullable Response current() {
			String value = essay ? area.getValue() : line.getValue();
			if (value.isBlank()) {
				return null;
			}
			return numeric ? new NumericResponse(value) : new TextResponse(value);
		}

	}

	/** Matching: one select per item on the left. */
	private static final class Match extends QuestionInput {

		private final List<Select<Integer>> selects = new ArrayList<>();

		private final Div box = new Div();

		Match(Component owner, Matching matching, List<Integer> order, Consumer<@Nullable Response> onChange) {
			super(owner, onChange);
			List<String> options = matching.options();
			box.addClassName("matching");
			box.add(new Paragraph(owner.getTranslation("attempt.matching.hint")));
			for (int i = 0; i < matching.pairs().size(); i++) {
				Select<Integer> select = new Select<>();
				select.setItems(order);
				// The empty choice is labelled too: the generator is called with null for
				// it.
				select.setItemLabelGenerator(
						option -> option == null ? owner.getTranslation("attempt.choose") : options.get(option));
				select.setPlaceholder(owner.getTranslation("attempt.choose"));
				select.setEmptySelectionAllowed(true);
				select.setEmptySelectionCaption(owner.getTranslation("attempt.choose"));
				Html left = html(matching.pairs().get(i).left());
				String leftText = org.jsoup.Jsoup.parse(matching.pairs().get(i).left().html()).text();
				select.setAriaLabel(leftText);
				select.addValueChangeListener(event -> {
					if (event.isFromClient()) {
						onChange.accept(current());
					}
				});
				Div row = new Div(left, select);
				row.addClassName("matching__row");
				box.add(row);
				selects.add(select);
			}
		}

		@Override
		Component component() {
			return box;
		}

		@Override
		void show(@Nullable Response response) {
			Map<Integer, Integer> map = response instanceof MatchingResponse m ? m.leftToRight() : Map.of();
			for (int i = 0; i < selects.size(); i++) {
				selects.get(i).setValue(map.get(i));
			}
		}

		@Override
		@Nullable Response current() {
			Map<Integer, Integer> map = new HashMap<>();
			for (int i = 0; i < selects.size(); i++) {
				if (selects.get(i).getValue() != null) {
					map.put(i, selects.get(i).getValue());
				}
			}
			return map.isEmpty() ? null : new MatchingResponse(map);
		}

	}

	/** Ordering: a list the learner rearranges with up and down buttons. */
	private static final class Order extends QuestionInput {

		private final Ordering ordering;

		private final List<Integer> initial;

		private List<Integer> order;

		private final Div box = new Div();

		private final OrderedList list = new OrderedList();

		Order(Component owner, Ordering ordering, List<Integer> initial, Consumer<@Nullable Response> onChange) {
			super(owner, onChange);
			this.ordering = ordering;
			this.initial = List.copyOf(initial);
			this.order = new ArrayList<>(initial);
			list.addClassName("ordering");
			box.add(new Paragraph(owner.getTranslation("attempt.ordering.help")), list);
			render(-1);
		}

		private void render(int focus) {
			list.removeAll();
			for (int position = 0; position < order.size(); position++) {
				int item = order.get(position);
				FormattedText text = ordering.items().get(item);
				String plain = org.jsoup.Jsoup.parse(text.html()).text();
				Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(item, -1));
				up.setAriaLabel(owner.getTranslation("attempt.ordering.up", plain));
				up.setEnabled(position > 0);
				Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(item, 1));
				down.setAriaLabel(owner.getTranslation("attempt.ordering.down", plain));
				down.setEnabled(position < order.size() - 1);
				for (Button button : List.of(up, down)) {
					button.addThemeVariants(ButtonVariant.TERTIARY);
				}
				Span label = new Span(html(text));
				label.addClassName("ordering__text");
				Div row = new Div(label, up, down);
				row.addClassName("ordering__row");
				list.add(new ListItem(row));
				if (item == focus) {
					(position > 0 ? up : down).focus();
				}
			}
		}

		private void move(int item, int delta) {
			int from = order.indexOf(item);
			int to = from + delta;
			if (to < 0 || to >= order.size()) {
				return;
			}
			order.set(from, order.get(to));
			order.set(to, item);
			render(item);
			onChange.accept(current());
		}

		@Override
		Component component() {
			return box;
		}

		@Override
		void show(@Nullable Response response) {
			order = new ArrayList<>(
					response instanceof OrderingResponse o && o.order().size() == initial.size() ? o.order() : initial);
			render(-1);
		}

		@Override
		@Nullable Response current() {
			return new OrderingResponse(order);
		}

	}

	/** A description: nothing to answer. */
	private static final class Nothing extends QuestionInput {

		Nothing(Component owner, Consumer<@Nullable Response> onChange) {
			super(owner, onChange);
		}

		@Override
		Component component() {
			return new Span();
		}

		@Override
		void show(@Nullable Response response) {
		}

		@Override
		@Nullable Response current() {
			return null;
		}

	}

}
