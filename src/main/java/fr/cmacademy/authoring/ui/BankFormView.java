package fr.cmacademy.authoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.BankForm;
import fr.cmacademy.authoring.BankFormService;
import fr.cmacademy.authoring.BankQuestion;
import fr.cmacademy.authoring.FieldProblem;
import fr.cmacademy.question.QuestionType;
import fr.cmacademy.shared.Roles;

/**
 * A question bank as forms, one question at a time: the list of questions (edit, move,
 * remove, add one of any type) and the form of the question being edited. Each change is
 * written to the bank's two GIFT files at once, the same files the text view edits.
 */
@Route("authoring/module/:moduleId/bank/:name/form")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class BankFormView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private final BankFormService banks;

	private String moduleId = "";

	private String name = "";

	private List<BankQuestion> questions = List.of();

	private final OrderedList list = new OrderedList();

	private final Div editor = new Div();

	private final Select<QuestionType> newType = new Select<>();

	private @Nullable QuestionFormPanel open;

	public BankFormView(BankFormService banks) {
		this.banks = banks;
		addClassNames("page", "authoring", "bank-form");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		moduleId = event.getRouteParameters().get("moduleId").orElse("");
		name = event.getRouteParameters().get("name").orElse("");
		BankForm form;
		try {
			form = banks.load(moduleId, name);
		}
		catch (AuthoringException e) {
			throw new NotFoundException();
		}
		removeAll();
		String textView = "authoring/module/" + moduleId + "/bank/" + name;
		add(new Anchor("authoring/module/" + moduleId, getTranslation("authoring.back.module")),
				new Anchor(textView, getTranslation("authoring.qform.text-view")));
		if (!form.problems().isEmpty()) {
			UnorderedList problems = new UnorderedList();
			form.problems().forEach(p -> problems.add(new ListItem(p)));
			Div box = new Div(new Paragraph(getTranslation("authoring.qform.broken")), problems);
			box.addClassNames("authoring-problems", "authoring-problems--bad");
			box.getElement().setAttribute("role", "status");
			add(box);
			return;
		}
		questions = new ArrayList<>(form.questions());
		newType.setLabel(getTranslation("authoring.qform.new-type"));
		newType.setItems(QuestionType.values());
		newType.setItemLabelGenerator(t -> getTranslation("authoring.qform.type." + t.name().toLowerCase(Locale.ROOT)));
		newType.setValue(QuestionType.SINGLE_CHOICE);
		Button add = new Button(getTranslation("authoring.qform.add"),
				click -> edit(questions.size(), BankQuestion.blank(newType.getValue(), nextId(), category())));
		Div adding = new Div(newType, add);
		adding.addClassName("authoring-form");
		list.addClassName("bank-form__list");
		editor.addClassName("bank-form__editor");
		add(new Paragraph(getTranslation("authoring.qform.lead")), new H2(getTranslation("authoring.qform.questions")),
				list, adding, editor);
		showList();
	}

	private void showList() {
		list.removeAll();
		if (questions.isEmpty()) {
			list.add(new ListItem(getTranslation("authoring.qform.empty")));
		}
		for (int i = 0; i < questions.size(); i++) {
			BankQuestion q = questions.get(i);
			int index = i;
			Span label = new Span(getTranslation("authoring.qform.row",
					getTranslation("authoring.qform.type." + q.type().name().toLowerCase(Locale.ROOT)),
					q.name().in(getLocale()), q.id()));
			Button edit = new Button(getTranslation("authoring.qform.edit"),
					click -> edit(index, questions.get(index)));
			edit.getElement().setAttribute("aria-label", getTranslation("authoring.qform.edit.aria", q.id()));
			Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(index, -1));
			up.getElement().setAttribute("aria-label", getTranslation("authoring.qform.up", q.id()));
			up.setEnabled(i > 0);
			Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(index, 1));
			down.getElement().setAttribute("aria-label", getTranslation("authoring.qform.down", q.id()));
			down.setEnabled(i < questions.size() - 1);
			Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
				List<BankQuestion> changed = new ArrayList<>(questions);
				changed.remove(index);
				write(changed, null);
			});
			remove.getElement().setAttribute("aria-label", getTranslation("authoring.qform.remove", q.id()));
			remove.addThemeVariants(ButtonVariant.ERROR);
			Div actions = new Div(edit, up, down, remove);
			actions.addClassName("authoring-actions");
			ListItem item = new ListItem(label, actions);
			item.addClassName("bank-form__row");
			list.add(item);
		}
	}

	private void edit(int index, BankQuestion question) {
		editor.removeAll();
		QuestionFormPanel panel = new QuestionFormPanel(question, changed -> {
			List<BankQuestion> updated = new ArrayList<>(questions);
			if (index < updated.size()) {
				updated.set(index, changed);
			}
			else {
				updated.add(changed);
			}
			write(updated, index);
		}, () -> {
			editor.removeAll();
			open = null;
		});
		open = panel;
		editor.add(panel);
		// The list can be long: bring the form to the trainer instead of leaving it
		// below.
		editor.scrollIntoView();
	}

	private void move(int index, int delta) {
		int j = index + delta;
		if (j < 0 || j >= questions.size()) {
			return;
		}
		List<BankQuestion> changed = new ArrayList<>(questions);
		changed.add(j, changed.remove(index));
		write(changed, null);
	}

	/**
	 * Saves the whole bank; the problems of the question being edited go to its fields.
	 */
	private void write(List<BankQuestion> changed, @Nullable Integer editing) {
		try {
			Map<Integer, List<FieldProblem>> problems = banks.save(moduleId, name, changed);
			if (!problems.isEmpty()) {
				if (editing != null && open != null) {
					open.showProblems(problems.getOrDefault(editing, List.of(FieldProblem.of("gift",
							"authoring.qform.error.other", problems.keySet().iterator().next() + 1))));
				}
				else {
					Feedback.refused(this, new AuthoringException("authoring.qform.error.other",
							problems.keySet().iterator().next() + 1));
				}
				return;
			}
			questions = new ArrayList<>(changed);
			showList();
			if (editing != null) {
				editor.removeAll();
				open = null;
			}
			Feedback.saved(this, "authoring.saved");
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	private String category() {
		return questions.isEmpty() ? moduleId + "/" + name : questions.get(questions.size() - 1).category();
	}

	/** An id no question of the bank has yet: the bank's name and a number. */
	private String nextId() {
		int n = questions.size() + 1;
		while (true) {
			String id = moduleId + "-" + name + "-q" + n;
			if (questions.stream().noneMatch(q -> q.id().equals(id))) {
				return id;
			}
			n++;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("authoring.qform.page", name);
	}

}
