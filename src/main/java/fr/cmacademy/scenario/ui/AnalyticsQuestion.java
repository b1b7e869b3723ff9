package fr.cmacademy.scenario.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.RunParts.Answer;
import fr.cmacademy.simulation.model.Analytics;
import fr.cmacademy.simulation.model.Question;

/**
 * One dashboard question and the field it is answered with: a number with its unit, a
 * choice, a day (or post) for the anomaly, or a written note with its length checked
 * while typing. A change the learner makes is sent at once (a note when saved); an answer
 * from the server is shown without being sent back.
 */
final class AnalyticsQuestion {

	private final Component owner;

	private final Question question;

	private final Consumer<String> send;

	private final Div card = new Div();

	private final Span status = new Span();

	private final Span counter = new Span();

	private final CheckItems checks;

	private final HasValue<?, ?> field;

	private @Nullable String known;

	AnalyticsQuestion(Component owner, Analytics analytics, Question question, int number, Consumer<String> send) {
		this.owner = owner;
		this.question = question;
		this.send = send;
		this.checks = new CheckItems(owner);
		Locale locale = PanelLocale.of(owner);
		card.addClassName("analytics-question");
		card.getElement().setAttribute("data-question", question.id());
		H3 title = new H3(t("scenario.analytics.question", number));
		Span points = new Span(t("scenario.analytics.points", question.points()));
		points.addClassName("analytics-question__points");
		status.addClassNames("status-badge", "analytics-question__status");
		Div header = new Div(title, points, status);
		header.addClassName("analytics-question__header");
		Paragraph prompt = new Paragraph(question.prompt().in(locale));
		prompt.addClassName("analytics-question__prompt");
		card.add(header, prompt);
		field = switch (question.type()) {
			case NUMERIC -> numeric();
			case CHOICE -> choice(locale);
			case ANOMALY -> anomaly(analytics, locale);
			case TEXT -> text();
		};
	}

	private TextField numeric() {
		TextField input = new TextField(t("scenario.analytics.your-answer"));
		if (question.unit() != null) {
			input.setSuffixComponent(new Span(question.unit()));
		}
		input.setAllowedCharPattern("[0-9.,\\s%€-]");
		input.addClassName("analytics-question__number");
		input.addValueChangeListener(e -> {
			if (!e.isFromClient() || e.getValue().isBlank()) {
				return;
			}
			boolean number = isNumber(e.getValue());
			input.setInvalid(!number);
			input.setErrorMessage(number ? null : t("scenario.analytics.not-a-number"));
			if (number) {
				submit(e.getValue().strip());
			}
		});
		card.add(input);
		return input;
	}

	private RadioButtonGroup<String> choice(Locale locale) {
		RadioButtonGroup<String> group = new RadioButtonGroup<>(t("scenario.analytics.your-answer"));
		group.setItems(question.options().stream().map(Question.Choice::id).toList());
		group.setItemLabelGenerator(id -> question.options()
			.stream()
			.filter(o -> o.id().equals(id))
			.findFirst()
			.map(o -> o.text().in(locale))
			.orElse(id));
		group.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				submit(e.getValue());
			}
		});
		card.add(group);
		return group;
	}

	private Select<String> anomaly(Analytics analytics, Locale locale) {
		Select<String> select = new Select<>();
		select.setLabel(t(question.post() != null ? "scenario.analytics.pick-post" : "scenario.analytics.pick-day"));
		if (question.post() != null) {
			select.setItems(analytics.posts().stream().map(p -> "post:" + p.id()).toList());
			select.setItemLabelGenerator(value -> analytics.posts()
				.stream()
				.filter(p -> value.equals("post:" + p.id()))
				.findFirst()
				.map(p -> p.id() + " · " + p.topic().in(locale))
				.orElse(value));
		}
		else {
			DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
			select.setItems(IntStream.rangeClosed(1, analytics.days()).mapToObj(d -> "day:" + d).toList());
			select.setItemLabelGenerator(value -> value.startsWith("day:")
					? analytics.start().plusDays(Integer.parseInt(value.substring(4)) - 1).format(format) : value);
			Paragraph hint = new Paragraph(t("scenario.analytics.pick-day-hint"));
			hint.addClassName("analytics-question__hint");
			card.add(hint);
		}
		select.setPlaceholder(t("scenario.analytics.choose"));
		select.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				submit(e.getValue());
			}
		});
		card.add(select);
		return select;
	}

	private TextArea text() {
		TextArea area = new TextArea(t("scenario.analytics.your-note"));
		area.setValueChangeMode(ValueChangeMode.LAZY);
		area.setValueChangeTimeout(250);
		area.setMinRows(6);
		area.addClassName("analytics-question__note");
		counter.addClassName("analytics-question__counter");
		counter.getElement().setAttribute("aria-live", "polite");
		area.addValueChangeListener(e -> count(e.getValue()));
		Button save = new Button(t("scenario.analytics.save-note"), click -> {
			if (!area.getValue().isBlank()) {
				submit(area.getValue());
			}
		});
		save.addClassName("analytics-question__save");
		card.add(area, new Div(counter, save), checks.component());
		count("");
		return area;
	}

	private void count(String value) {
		int length = value.strip().codePointCount(0, value.strip().length());
		Integer min = question.checks() == null ? null : question.checks().minLength();
		Integer max = question.checks() == null ? null : question.checks().maxLength();
		boolean ok = (min == null || length >= min) && (max == null || length <= max);
		String bounds = min != null && max != null ? t("scenario.analytics.length-between", min, max) : min != null
				? t("scenario.analytics.length-min", min) : max != null ? t("scenario.analytics.length-max", max) : "";
		counter.setText(t("scenario.analytics.length", length) + (bounds.isEmpty() ? "" : " · " + bounds));
		counter.setClassName("analytics-question__counter--bad", !ok && length > 0);
	}

	/** The learner picked a day on the chart. */
	void pickDay(int day) {
		if (question.type() == Question.Type.ANOMALY && question.post() == null) {
			@SuppressWarnings("unchecked")
			Select<String> select = (Select<String>) field;
			select.setValue("day:" + day);
			submit("day:" + day);
		}
	}

	boolean anomalyByDay() {
		return question.type() == Question.Type.ANOMALY && question.post() == null;
	}

	private void submit(String value) {
		known = value;
		send.accept(value);
	}

	Component component() {
		return card;
	}

	/**
	 * Shows the answer the run holds; a field is only refilled when the server differs.
	 */
	@SuppressWarnings("unchecked")
	void show(@Nullable Answer answer, boolean finished) {
		boolean answered = answer != null;
		status.setText(t(answered ? "scenario.analytics.answered" : "scenario.analytics.unanswered"));
		status.setClassName("status-badge--done", answered);
		card.setClassName("analytics-question--answered", answered);
		String value = answer == null ? null : answer.value();
		if (!Objects.equals(value, known) && value != null) {
			((HasValue<?, String>) field).setValue(value);
			if (question.type() == Question.Type.TEXT) {
				count(value);
			}
		}
		known = value;
		if (question.type() == Question.Type.TEXT) {
			checks.show(answer == null ? List.of() : answer.checks());
		}
		field.setReadOnly(finished);
	}

	static boolean isNumber(String value) {
		String cleaned = value.replace('\u00A0', ' ').replace('\u202F', ' ').replace(" ", "").replace(',', '.');
		cleaned = cleaned.replaceAll("[%€$£]+$", "");
		try {
			return Double.isFinite(Double.parseDouble(cleaned));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private String t(String key, Object... args) {
		return owner.getTranslation(key, args);
	}

}
