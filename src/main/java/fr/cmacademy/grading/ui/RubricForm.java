package fr.cmacademy.grading.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.ui.PageLocale;
import fr.cmacademy.grading.GradeInput;
import fr.cmacademy.grading.GradeInput.CriterionInput;
import fr.cmacademy.grading.GradingWork.CriterionGrade;
import fr.cmacademy.grading.RubricCriterion;
import fr.cmacademy.grading.RubricCriterion.RubricLevel;

/**
 * The rubric as a form: per criterion, its levels to pick, the points (adjustable within
 * a level's range) and a comment; an overall comment; the running total.
 */
class RubricForm extends Div {

	private final Component owner;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	private final TextArea comment = new TextArea();

	private final Span total = new Span();

	private final double maxPoints;

	private final @Nullable Integer passMark;

	private record Row(RubricCriterion criterion, @Nullable RadioButtonGroup<RubricLevel> levels,
			@Nullable NumberField points, TextArea comment) {
	}

	RubricForm(Component owner, List<RubricCriterion> rubric, Map<String, CriterionGrade> grades, String overall,
			double maxPoints, @Nullable Integer passMark, Function<String, @Nullable Component> extra) {
		this.owner = owner;
		this.maxPoints = maxPoints;
		this.passMark = passMark;
		addClassName("rubric-form");
		Locale locale = PageLocale.of(owner);
		for (RubricCriterion criterion : rubric) {
			CriterionGrade grade = grades.get(criterion.key());
			Div box = new Div(new H3(criterion.label().in(locale)));
			box.addClassName("rubric-form__criterion");
			if (criterion.description() != null) {
				box.add(new Paragraph(criterion.description().in(locale)));
			}
			if (criterion.context() != null) {
				// Text, not HTML: the learner's words stay inert.
				box.add(GradeBadges.quote(criterion.context(), "rubric-form__context"));
			}
			Component more = extra.apply(criterion.key());
			if (more != null) {
				box.add(more);
			}
			RadioButtonGroup<RubricLevel> levels = null;
			NumberField points = null;
			if (criterion.maxPoints() > 0) {
				points = pointsField(criterion, grade);
				if (!criterion.levels().isEmpty()) {
					levels = levelsField(criterion, grade, points);
					box.add(levels);
				}
				box.add(points);
			}
			else {
				box.add(new Paragraph(owner.getTranslation("grading.rubric.comment-only")));
			}
			TextArea note = new TextArea(owner.getTranslation("grading.rubric.criterion-comment"));
			note.setWidthFull();
			note.setMaxLength(5000);
			note.setValue(grade == null ? "" : grade.comment());
			box.add(note);
			rows.put(criterion.key(), new Row(criterion, levels, points, note));
			add(box);
		}
		comment.setLabel(owner.getTranslation("grading.rubric.overall"));
		comment.setWidthFull();
		comment.setMinRows(3);
		comment.setMaxLength(10_000);
		comment.setValue(overall);
		total.addClassName("rubric-form__total");
		total.getElement().setAttribute("aria-live", "polite");
		add(comment, total);
		updateTotal();
	}

	private NumberField pointsField(RubricCriterion criterion, @Nullable CriterionGrade grade) {
		NumberField field = new NumberField(owner.getTranslation("grading.rubric.points",
				GradeBadges.points(PageLocale.of(owner), criterion.maxPoints())));
		field.setMin(0);
		field.setMax(criterion.maxPoints());
		field.setStep(criterion.step());
		field.setStepButtonsVisible(true);
		field.addClassName("rubric-form__points");
		field.setValue(grade == null ? null : grade.points());
		field.addValueChangeListener(e -> {
			field.setInvalid(false);
			updateTotal();
		});
		return field;
	}

	private RadioButtonGroup<RubricLevel> levelsField(RubricCriterion criterion, @Nullable CriterionGrade grade,
			NumberField points) {
		Locale locale = PageLocale.of(owner);
		RadioButtonGroup<RubricLevel> group = new RadioButtonGroup<>(owner.getTranslation("grading.rubric.level"));
		group.setItems(criterion.levels());
		group.setItemLabelGenerator(level -> level.label().in(locale) + " · " + (level.range()
				? owner.getTranslation("grading.rubric.level-range", GradeBadges.points(locale, level.minPoints()),
						GradeBadges.points(locale, level.points()))
				: owner.getTranslation("grading.rubric.level-points", GradeBadges.points(locale, level.points()))));
		group.addClassName("rubric-form__levels");
		if (grade != null && grade.points() != null) {
			double given = grade.points();
			criterion.levels()
				.stream()
				.filter(l -> given >= l.minPoints() && given <= l.points())
				.findFirst()
				.ifPresent(group::setValue);
		}
		group.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				points.setValue(e.getValue().points());
			}
		});
		return group;
	}

	private void updateTotal() {
		double sum = 0;
		boolean complete = true;
		for (Row row : rows.values()) {
			if (row.points() == null) {
				continue;
			}
			if (row.points().getValue() == null) {
				complete = false;
			}
			else {
				sum += row.points().getValue();
			}
		}
		Locale locale = PageLocale.of(owner);
		String text = owner.getTranslation(complete ? "grading.rubric.total" : "grading.rubric.total-partial",
				GradeBadges.points(locale, sum), GradeBadges.points(locale, maxPoints),
				maxPoints == 0 ? 100 : Math.round(sum * 100 / maxPoints));
		if (passMark != null) {
			text += " · " + owner.getTranslation("grading.rubric.pass-mark", passMark);
		}
		total.setText(text);
	}

	GradeInput input() {
		Map<String, CriterionInput> criteria = new LinkedHashMap<>();
		rows.forEach((key, row) -> criteria.put(key,
				new CriterionInput(row.points() == null ? null : row.points().getValue(), row.comment().getValue())));
		return new GradeInput(criteria, comment.getValue());
	}

	/** Marks the points of a criterion as wrong, with the message. */
	void invalid(String criterion, String message) {
		Row row = rows.get(criterion);
		if (row != null && row.points() != null) {
			row.points().setErrorMessage(message);
			row.points().setInvalid(true);
			row.points().focus();
		}
	}

}
