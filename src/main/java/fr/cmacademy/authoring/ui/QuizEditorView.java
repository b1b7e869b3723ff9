package fr.cmacademy.authoring.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.authoring.QuizSource;
import fr.cmacademy.question.GiftParser;
import fr.cmacademy.question.Question;
import fr.cmacademy.quiz.ui.QuestionPreview;
import fr.cmacademy.shared.Roles;

/**
 * The quiz editor: the quiz.yaml settings as a form (title, intro, pass mark, time limit,
 * attempts, grading, shuffling, layout), fixed questions and random draws from categories
 * of the module's banks, and a preview of the fixed questions as learners see them.
 */
@Route("authoring/module/:moduleId/quiz/:folder")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class QuizEditorView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private final AuthoringService authoring;

	private String moduleId = "";

	private String path = "";

	private QuizSource source = QuizSource.read("id: x\n");

	private final TextField id = new TextField(getTranslation("authoring.items.id"));

	private final Bilingual title = new Bilingual(this, "authoring.items.title", false);

	private final Bilingual intro = new Bilingual(this, "authoring.quiz.intro", true);

	private final IntegerField passMark = new IntegerField(getTranslation("authoring.quiz.pass-mark"));

	private final IntegerField timeLimit = new IntegerField(getTranslation("authoring.quiz.time-limit"));

	private final IntegerField attempts = new IntegerField(getTranslation("authoring.quiz.attempts"));

	private final Select<String> grading = new Select<>();

	private final Checkbox shuffle = new Checkbox(getTranslation("authoring.quiz.shuffle"));

	private final Select<String> layout = new Select<>();

	private final Div entries = new Div();

	private final List<Row> rows = new ArrayList<>();

	private final Div preview = new Div();

	private Map<String, Question> bankQuestions = new LinkedHashMap<>();

	private record Row(Select<String> kind, ComboBox<String> question, IntegerField draw, ComboBox<String> category) {
	}

	public QuizEditorView(AuthoringService authoring) {
		this.authoring = authoring;
		addClassNames("page", "authoring", "quiz-editor");
		passMark.setMin(1);
		passMark.setMax(100);
		passMark.setRequired(true);
		passMark.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
		timeLimit.setMin(1);
		timeLimit.setHelperText(getTranslation("authoring.quiz.time-limit.help"));
		attempts.setMin(1);
		attempts.setHelperText(getTranslation("authoring.quiz.attempts.help"));
		grading.setLabel(getTranslation("authoring.quiz.grading"));
		grading.setItems("highest", "last", "average");
		grading.setItemLabelGenerator(g -> getTranslation("authoring.quiz.grading." + g));
		layout.setLabel(getTranslation("authoring.quiz.layout"));
		layout.setItems("one_per_page", "all_on_one_page");
		layout.setItemLabelGenerator(l -> getTranslation("authoring.quiz.layout." + l));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		moduleId = event.getRouteParameters().get("moduleId").orElse("");
		path = "quizzes/" + event.getRouteParameters().get("folder").orElse("") + "/quiz.yaml";
		if (authoring.module(moduleId).isEmpty()) {
			throw new NotFoundException();
		}
		String yaml = authoring.text(moduleId, path).orElseThrow(NotFoundException::new);
		removeAll();
		add(new Anchor("authoring/module/" + moduleId, getTranslation("authoring.back.module")));
		try {
			source = QuizSource.read(yaml);
		}
		catch (AuthoringException e) {
			add(new Paragraph(getTranslation(e.key(), e.args())));
			return;
		}
		bankQuestions = new LinkedHashMap<>();
		authoring.files(moduleId).forEach((p, data) -> {
			if (p.startsWith("banks/") && p.endsWith("." + (isEnglish() ? "en" : "fr") + ".gift")) {
				GiftParser.parse(new String(data, StandardCharsets.UTF_8))
					.questions()
					.stream()
					.filter(q -> q.idNumber() != null)
					.forEach(q -> bankQuestions.put(q.idNumber(), q));
			}
		});
		id.setValue(source.id());
		id.setMaxLength(80);
		title.setValue(source.title());
		intro.setValue(source.intro());
		passMark.setValue(source.passMark());
		timeLimit.setValue(source.timeLimitMinutes());
		attempts.setValue(source.attempts());
		grading.setValue(source.grading());
		shuffle.setValue(source.shuffleAnswers());
		layout.setValue(source.layout());
		rows.clear();
		entries.removeAll();
		source.questions().forEach(this::addRow);
		Button addRow = new Button(getTranslation("authoring.quiz.add-question"),
				click -> addRow(QuizSource.Entry.fixed("")));
		Button save = new Button(getTranslation("authoring.save"), click -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Div settings = new Div(passMark, timeLimit, attempts, grading, layout, shuffle);
		settings.addClassName("authoring-form");
		add(id, title, intro, settings, new H2(getTranslation("authoring.quiz.questions")), entries, addRow, save,
				new H2(getTranslation("authoring.quiz.preview")), preview);
		refreshPreview();
	}

	private boolean isEnglish() {
		return "en".equals(getLocale().getLanguage());
	}

	private void addRow(QuizSource.Entry entry) {
		Select<String> kind = new Select<>();
		kind.setLabel(getTranslation("authoring.quiz.entry"));
		kind.setItems("fixed", "draw");
		kind.setItemLabelGenerator(k -> getTranslation("authoring.quiz.entry." + k));
		ComboBox<String> question = new ComboBox<>(getTranslation("authoring.quiz.question"));
		question.setItems(bankQuestions.keySet());
		question.setAllowCustomValue(true);
		question.addCustomValueSetListener(e -> question.setValue(e.getDetail()));
		question.setItemLabelGenerator(q -> bankQuestions.containsKey(q) ? q + " — " + bankQuestions.get(q).name() : q);
		IntegerField draw = new IntegerField(getTranslation("authoring.quiz.draw"));
		draw.setMin(1);
		draw.setStepButtonsVisible(true);
		ComboBox<String> category = new ComboBox<>(getTranslation("authoring.quiz.category"));
		category.setItems(bankQuestions.values().stream().map(Question::category).distinct().toList());
		category.setAllowCustomValue(true);
		category.addCustomValueSetListener(e -> category.setValue(e.getDetail()));
		Row row = new Row(kind, question, draw, category);
		kind.addValueChangeListener(e -> {
			boolean fixed = "fixed".equals(e.getValue());
			question.setVisible(fixed);
			draw.setVisible(!fixed);
			category.setVisible(!fixed);
		});
		kind.setValue(entry.questionId() != null ? "fixed" : "draw");
		if (entry.questionId() != null && !entry.questionId().isEmpty()) {
			question.setValue(entry.questionId());
		}
		draw.setValue(entry.questionId() == null ? entry.draw() : 1);
		if (entry.category() != null && !entry.category().isEmpty()) {
			category.setValue(entry.category());
		}
		Button remove = new Button(VaadinIcon.TRASH.create());
		remove.getElement().setAttribute("aria-label", getTranslation("authoring.quiz.remove-question"));
		Div line = new Div(kind, question, draw, category, remove);
		line.addClassName("authoring-row");
		remove.addClickListener(click -> {
			rows.remove(row);
			entries.remove(line);
		});
		rows.add(row);
		entries.add(line);
	}

	private void save() {
		List<QuizSource.Entry> list = rows.stream()
			.map(r -> "fixed".equals(r.kind().getValue())
					? QuizSource.Entry.fixed(r.question().getValue() == null ? "" : r.question().getValue())
					: QuizSource.Entry.drawn(r.draw().getValue() == null ? 1 : r.draw().getValue(),
							r.category().getValue() == null ? "" : r.category().getValue()))
			.toList();
		QuizSource updated = new QuizSource(id.getValue().strip(), title.value(), intro.value(), list,
				passMark.getValue() == null ? 0 : passMark.getValue(), timeLimit.getValue(), attempts.getValue(),
				grading.getValue(), shuffle.getValue(), layout.getValue(), source.raw());
		try {
			authoring.saveText(moduleId, path, updated.write());
			source = updated;
			Feedback.saved(this, "authoring.saved");
			refreshPreview();
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	private void refreshPreview() {
		preview.removeAll();
		if (source.questions().isEmpty()) {
			preview.add(new Paragraph(getTranslation("authoring.quiz.empty")));
		}
		int n = 0;
		for (QuizSource.Entry e : source.questions()) {
			n++;
			if (e.questionId() != null) {
				Question q = bankQuestions.get(e.questionId());
				Div card = new Div(new H3(
						getTranslation("authoring.bank.question", n, q == null ? "?" : q.name(), e.questionId())));
				card.add(q == null ? new Paragraph(getTranslation("authoring.quiz.unknown-question", e.questionId()))
						: QuestionPreview.of(this, q, getTranslation("authoring.bank.question.label", n)));
				card.addClassName("question-card");
				preview.add(card);
			}
			else {
				long available = bankQuestions.values()
					.stream()
					.filter(q -> q.category().equals(e.category()) || q.category().startsWith(e.category() + "/"))
					.count();
				preview.add(new Paragraph(
						getTranslation("authoring.quiz.draw-preview", e.draw(), e.category(), available)));
			}
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("authoring.quiz.page", path);
	}

}
