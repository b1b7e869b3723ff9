package fr.cmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.authoring.AssignmentFormService;
import fr.cmacademy.authoring.AssignmentSource;
import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.FieldProblem;
import fr.cmacademy.content.AssignmentDefinition.Criterion;
import fr.cmacademy.content.AssignmentDefinition.Level;
import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.Text;

/**
 * A written assignment as a form: title, brief in Markdown with the learner's rendering,
 * word limits, pass mark and the rubric (criteria with their levels and points). Saved
 * only when the form's checks and the content reader find nothing wrong.
 */
@Route("authoring/module/:moduleId/assignment/:folder")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class AssignmentEditorView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private static final Text NONE = new Text("", "");

	private final AssignmentFormService assignments;

	private final LessonRenderer renderer;

	private final FormErrors errors = new FormErrors(this);

	private String moduleId = "";

	private String folder = "";

	private String assignmentId = "";

	private final Bilingual title = new Bilingual(this, "authoring.aform.title", false);

	private final MarkdownEditor briefFr;

	private final MarkdownEditor briefEn;

	private final IntegerField minWords = new IntegerField(getTranslation("authoring.aform.min-words"));

	private final IntegerField maxWords = new IntegerField(getTranslation("authoring.aform.max-words"));

	private final IntegerField passMark = new IntegerField(getTranslation("authoring.aform.pass-mark"));

	private final Div criteriaBox = new Div();

	private final Paragraph total = new Paragraph();

	private final List<CriterionPanel> criteria = new ArrayList<>();

	public AssignmentEditorView(AssignmentFormService assignments, LessonRenderer renderer) {
		this.assignments = assignments;
		this.renderer = renderer;
		briefFr = new MarkdownEditor(getTranslation("authoring.aform.brief.fr"), Locale.FRENCH,
				md -> render(md, Locale.FRENCH));
		briefEn = new MarkdownEditor(getTranslation("authoring.aform.brief.en"), Locale.ENGLISH,
				md -> render(md, Locale.ENGLISH));
		addClassNames("page", "authoring", "assignment-editor");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		moduleId = event.getRouteParameters().get("moduleId").orElse("");
		folder = event.getRouteParameters().get("folder").orElse("");
		AssignmentSource source;
		try {
			source = assignments.load(moduleId, folder);
		}
		catch (AuthoringException e) {
			throw new NotFoundException();
		}
		assignmentId = source.id();
		removeAll();
		title.setValue(source.title());
		briefFr.setValue(source.brief().fr());
		briefEn.setValue(source.brief().en());
		for (IntegerField f : List.of(minWords, maxWords)) {
			f.setMin(1);
			f.setMax(20000);
			f.setHelperText(getTranslation("authoring.aform.words.help"));
		}
		minWords.setValue(source.minWords());
		maxWords.setValue(source.maxWords());
		passMark.setMin(1);
		passMark.setMax(100);
		passMark.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
		passMark.setValue(source.passMark());
		Div limits = new Div(minWords, maxWords, passMark);
		limits.addClassName("authoring-form");
		Button addCriterion = new Button(getTranslation("authoring.aform.criterion.add"), click -> {
			List<Criterion> list = criteria();
			list.add(new Criterion("", NONE, null, List.of(new Level(NONE, 0, 0), new Level(NONE, 1, 1))));
			showCriteria(list);
		});
		Button save = new Button(getTranslation("authoring.save"), click -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Div brief = new Div(new H3(getTranslation("authoring.aform.brief")),
				new Paragraph(getTranslation("authoring.aform.brief.help")), briefFr, briefEn);
		add(new Anchor("authoring/module/" + moduleId, getTranslation("authoring.back.module")),
				new Paragraph(getTranslation("authoring.aform.id", assignmentId)), errors.summary(), title, brief,
				limits, new H2(getTranslation("authoring.aform.rubric")),
				new Paragraph(getTranslation("authoring.aform.rubric.help")), errors.slot("rubric"), criteriaBox, total,
				addCriterion, errors.slot("yaml"), save);
		showCriteria(new ArrayList<>(source.rubric()));
	}

	private String render(String markdown, Locale locale) {
		return "<div class=\"lesson-body\">"
				+ renderer.render(assignmentId.isEmpty() ? "draft" : assignmentId, markdown, locale) + "</div>";
	}

	AssignmentSource value() {
		Text brief = new Text(briefFr.value().strip(), briefEn.value().strip());
		return new AssignmentSource(assignmentId, title.value(), brief, minWords.getValue(), maxWords.getValue(),
				passMark.getValue() == null ? 0 : passMark.getValue(), criteria());
	}

	private void save() {
		try {
			List<FieldProblem> problems = assignments.save(moduleId, folder, value());
			errors.show(problems);
			if (problems.isEmpty()) {
				Feedback.saved(this, "authoring.saved");
			}
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	private List<Criterion> criteria() {
		List<Criterion> list = new ArrayList<>();
		criteria.forEach(c -> list.add(c.value()));
		return list;
	}

	private void showCriteria(List<Criterion> list) {
		criteria.clear();
		criteriaBox.removeAll();
		errors.clearBindings();
		errors.bind("title", title);
		errors.bind("minWords", minWords);
		errors.bind("maxWords", maxWords);
		errors.bind("passMark", passMark);
		errors.bind("brief", briefFr.text, briefEn.text);
		for (int i = 0; i < list.size(); i++) {
			CriterionPanel panel = new CriterionPanel(i, list.get(i), list.size());
			criteria.add(panel);
			criteriaBox.add(panel);
		}
		if (list.isEmpty()) {
			criteriaBox.add(new Paragraph(getTranslation("authoring.aform.rubric.empty")));
		}
		refreshTotal();
	}

	private void refreshTotal() {
		total.setText(getTranslation("authoring.aform.total", value().maxPoints()));
	}

	private void moveCriterion(int index, int delta) {
		List<Criterion> list = criteria();
		int j = index + delta;
		if (j >= 0 && j < list.size()) {
			list.add(j, list.remove(index));
			showCriteria(list);
		}
	}

	/**
	 * One criterion: id, label, what the trainer looks at, levels from lowest to highest.
	 */
	private final class CriterionPanel extends Div {

		private final TextField id = new TextField(getTranslation("authoring.aform.criterion.id"));

		private final Bilingual label = new Bilingual(AssignmentEditorView.this, "authoring.aform.criterion.label",
				false);

		private final Bilingual description = new Bilingual(AssignmentEditorView.this,
				"authoring.aform.criterion.description", true);

		private final List<LevelRow> levels = new ArrayList<>();

		private final Div levelBox = new Div();

		private final int index;

		CriterionPanel(int index, Criterion criterion, int count) {
			this.index = index;
			addClassName("rubric-criterion");
			id.setMaxLength(80);
			id.setHelperText(getTranslation("authoring.aform.criterion.id.help"));
			id.setValue(criterion.id());
			label.setValue(criterion.label());
			description.setValue(criterion.description() == null ? NONE : criterion.description());
			Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> moveCriterion(index, -1));
			up.getElement().setAttribute("aria-label", getTranslation("authoring.aform.criterion.up", index + 1));
			up.setEnabled(index > 0);
			Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> moveCriterion(index, 1));
			down.getElement().setAttribute("aria-label", getTranslation("authoring.aform.criterion.down", index + 1));
			down.setEnabled(index < count - 1);
			Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
				List<Criterion> list = criteria();
				list.remove(index);
				showCriteria(list);
			});
			remove.getElement()
				.setAttribute("aria-label", getTranslation("authoring.aform.criterion.remove", index + 1));
			remove.addThemeVariants(ButtonVariant.ERROR);
			Div actions = new Div(up, down, remove);
			actions.addClassName("authoring-actions");
			Button addLevel = new Button(getTranslation("authoring.aform.level.add"), click -> {
				List<Level> list = levels();
				int top = list.isEmpty() ? 0 : list.get(list.size() - 1).points() + 1;
				list.add(new Level(NONE, top, top));
				showLevels(list);
			});
			add(new H3(getTranslation("authoring.aform.criterion", index + 1)), actions, id, label, description,
					new H4(getTranslation("authoring.aform.levels")), errors.slot("criterion." + index + ".levels"),
					levelBox, addLevel);
			String field = "criterion." + index;
			errors.bind(field + ".id", id);
			errors.bind(field + ".label", label);
			errors.bind(field + ".description", description);
			showLevels(new ArrayList<>(criterion.levels()));
		}

		private List<Level> levels() {
			List<Level> list = new ArrayList<>();
			levels.forEach(l -> list.add(l.value()));
			return list;
		}

		private void showLevels(List<Level> list) {
			levels.clear();
			levelBox.removeAll();
			for (int j = 0; j < list.size(); j++) {
				LevelRow row = new LevelRow(index, j, list.get(j), this);
				levels.add(row);
				levelBox.add(row);
			}
			refreshTotal();
		}

		Criterion value() {
			Text d = description.value();
			return new Criterion(id.getValue().strip(), label.value(), d.fr().isBlank() && d.en().isBlank() ? null : d,
					List.copyOf(levels()));
		}

	}

	/** A level: its label and points, or a range of points. */
	private final class LevelRow extends Div {

		private final Bilingual label = new Bilingual(AssignmentEditorView.this, "authoring.aform.level.label", false);

		private final IntegerField min = new IntegerField(getTranslation("authoring.aform.level.min"));

		private final IntegerField points = new IntegerField(getTranslation("authoring.aform.level.points"));

		LevelRow(int criterion, int index, Level level, CriterionPanel panel) {
			addClassName("rubric-level");
			label.setValue(level.label());
			min.setMin(0);
			min.setMax(1000);
			min.setHelperText(getTranslation("authoring.aform.level.min.help"));
			min.setValue(level.range() ? level.minPoints() : null);
			points.setMin(0);
			points.setMax(1000);
			points.setValue(level.points());
			points.addValueChangeListener(e -> refreshTotal());
			Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
				List<Level> list = panel.levels();
				list.remove(index);
				panel.showLevels(list);
			});
			remove.getElement()
				.setAttribute("aria-label", getTranslation("authoring.aform.level.remove", index + 1, criterion + 1));
			remove.addThemeVariants(ButtonVariant.ERROR);
			Div numbers = new Div(min, points, remove);
			numbers.addClassName("authoring-form");
			add(label, numbers);
			String field = "criterion." + criterion + ".level." + index;
			errors.bind(field + ".label", label);
			errors.bind(field + ".points", points);
		}

		Level value() {
			int p = points.getValue() == null ? -1 : points.getValue();
			return new Level(label.value(), min.getValue() == null ? p : min.getValue(), p);
		}

	}

	@Override
	public String getPageTitle() {
		return getTranslation("authoring.aform.page", folder);
	}

}
