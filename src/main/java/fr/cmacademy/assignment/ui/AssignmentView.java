package fr.cmacademy.assignment.ui;

import java.util.Optional;
import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.content.ui.ItemPages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.assignment.AssignmentService;
import fr.cmacademy.assignment.AssignmentSheet;
import fr.cmacademy.assignment.DraftResult;
import fr.cmacademy.assignment.Submission;
import fr.cmacademy.assignment.SubmissionException;
import fr.cmacademy.content.AssignmentDefinition;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.shared.Roles;

/**
 * A written assignment: the brief, the rubric the trainer will use, and the learner's
 * answer, saved as it is typed and then submitted for grading.
 */
@Route("assignments/:assignmentId")
@RolesAllowed(Roles.LEARNER)
public class AssignmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final AssignmentService assignments;

	private final LessonRenderer renderer;

	private final ContentCatalog content;

	private final TextArea answer = new TextArea();

	private final Span status = new Span();

	private final Span count = new Span();

	private String assignmentId = "";

	private int revision;

	private String title = "";

	public AssignmentView(AssignmentService assignments, LessonRenderer renderer, ContentCatalog content) {
		this.assignments = assignments;
		this.renderer = renderer;
		this.content = content;
		addClassNames("page", "assignment-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		assignmentId = event.getRouteParameters().get("assignmentId").orElse("");
		Optional<AssignmentSheet> loaded = ItemPages.open(event, content, assignmentId,
				() -> assignments.open(assignmentId));
		if (loaded.isEmpty()) {
			return;
		}
		AssignmentSheet sheet = loaded.get();
		title = sheet.assignment().title().in(getLocale());
		render(sheet);
	}

	private void render(AssignmentSheet sheet) {
		removeAll();
		Locale locale = getLocale();
		AssignmentDefinition definition = sheet.assignment().definition();
		Anchor back = ItemPages.backLink("modules/" + sheet.moduleId(), getTranslation("quiz.back-to-module"));
		Html brief = new Html("<div class=\"lesson-body\">"
				+ renderer.render(assignmentId, definition.brief().in(locale), locale) + "</div>");
		add(back, brief, rubric(definition), answer(sheet.submission(), definition));
	}

	private Div rubric(AssignmentDefinition definition) {
		Locale locale = getLocale();
		Div box = new Div(new H2(getTranslation("assignment.rubric")), new Paragraph(
				getTranslation("assignment.rubric.intro", definition.maxPoints(), definition.passMark())));
		box.addClassNames("panel", "rubric");
		for (AssignmentDefinition.Criterion criterion : definition.rubric()) {
			Div row = new Div(new H3(criterion.label().in(locale)));
			row.addClassName("rubric__criterion");
			if (criterion.description() != null) {
				row.add(new Paragraph(criterion.description().in(locale)));
			}
			UnorderedList levels = new UnorderedList();
			levels.addClassName("rubric__levels");
			for (AssignmentDefinition.Level level : criterion.levels()) {
				String points = level.range() ? level.minPoints() + "–" + level.points()
						: String.valueOf(level.points());
				levels
					.add(new ListItem(level.label().in(locale) + " · " + getTranslation("assignment.points", points)));
			}
			row.add(levels);
			box.add(row);
		}
		return box;
	}

	private String points(double value) {
		return Formats.number(getLocale(), value);
	}

	private Div answer(Submission submission, AssignmentDefinition definition) {
		revision = submission.revision();
		Div box = new Div(new H2(getTranslation("assignment.answer")));
		box.addClassNames("panel", "assignment-answer");
		if (submission.submitted()) {
			Span badge = new Span(getTranslation("assignment.submitted", format(submission.submittedAt())));
			badge.addClassNames("status-badge", "status-badge--in-progress");
			Div text = new Div();
			text.addClassName("typed-answer");
			// Text, not HTML: what the learner wrote stays inert.
			text.setText(submission.text());
			if (submission.grade() == null) {
				box.add(badge, new Paragraph(getTranslation("assignment.awaiting")), text);
				return box;
			}
			Submission.Grade grade = submission.grade();
			Span result = new Span(
					getTranslation(grade.passed() ? "assignment.graded.passed" : "assignment.graded.failed",
							points(grade.points()), points(grade.maxPoints()), Math.round(grade.percent())));
			result.addClassNames("status-badge", grade.passed() ? "status-badge--done" : "status-badge--failed");
			Anchor feedback = new Anchor("feedback/assignment/" + submission.id() + "/0",
					getTranslation("assignment.graded.feedback"));
			feedback.getElement().setAttribute("router-link", true);
			feedback.addClassName("button-link");
			box.add(badge, result, feedback, text);
			return box;
		}
		answer.setLabel(getTranslation("assignment.answer.label"));
		answer.setHelperText(bounds(definition));
		answer.setWidthFull();
		answer.setMinRows(14);
		answer.setMaxLength(60_000);
		answer.setValue(submission.text());
		answer.setValueChangeMode(ValueChangeMode.LAZY);
		answer.setValueChangeTimeout(1000);
		answer.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				save(event.getValue());
			}
		});
		status.addClassName("save-status");
		status.getElement().setAttribute("aria-live", "polite");
		status.setText(submission.savedAt() == null ? getTranslation("attempt.not-answered")
				: getTranslation("attempt.saved", time(submission.savedAt())));
		count.addClassName("assignment-answer__count");
		updateCount(submission.text(), definition);
		answer.addValueChangeListener(event -> updateCount(event.getValue(), definition));
		Button submit = new Button(getTranslation("assignment.submit"), click -> confirm(definition));
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		Div footer = new Div(count, status, submit);
		footer.addClassName("assignment-answer__footer");
		box.add(answer, footer);
		return box;
	}

	private String bounds(AssignmentDefinition definition) {
		if (definition.minWords() != null && definition.maxWords() != null) {
			return getTranslation("assignment.bounds", definition.minWords(), definition.maxWords());
		}
		if (definition.maxWords() != null) {
			return getTranslation("assignment.bounds.max", definition.maxWords());
		}
		return definition.minWords() != null ? getTranslation("assignment.bounds.min", definition.minWords()) : "";
	}

	private void updateCount(String text, AssignmentDefinition definition) {
		int words = Submission.words(text);
		count.setText(getTranslation("assignment.words", words));
		boolean outside = (definition.minWords() != null && words < definition.minWords())
				|| (definition.maxWords() != null && words > definition.maxWords());
		count.getElement().getClassList().set("assignment-answer__count--outside", outside);
	}

	private void save(String text) {
		status.setText(getTranslation("attempt.saving"));
		switch (assignments.save(assignmentId, text, revision)) {
			case DraftResult.Saved saved -> {
				revision = saved.revision();
				status.setText(getTranslation("attempt.saved", time(saved.at())));
			}
			case DraftResult.Conflict conflict -> conflict(text, conflict);
			case DraftResult.Closed closed -> render(assignments.open(assignmentId));
		}
	}

	/** Another window saved newer text: show it, and offer this window's text back. */
	private void conflict(String mine, DraftResult.Conflict conflict) {
		revision = conflict.revision();
		answer.setValue(conflict.current());
		status.setText(getTranslation("attempt.conflict"));
		Notification notification = new Notification();
		notification.addThemeVariants(NotificationVariant.WARNING);
		notification.add(new Span(getTranslation("attempt.conflict")));
		Button keep = new Button(getTranslation("attempt.conflict.keep-mine"), click -> {
			notification.close();
			answer.setValue(mine);
			save(mine);
		});
		notification.add(keep, new Button(getTranslation("attempt.cancel"), click -> notification.close()));
		notification.open();
	}

	private void confirm(AssignmentDefinition definition) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("assignment.submit.title"));
		dialog.setText(getTranslation("assignment.submit.text", Submission.words(answer.getValue())));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("attempt.cancel"));
		dialog.setConfirmText(getTranslation("assignment.submit"));
		dialog.addConfirmListener(event -> submit());
		dialog.open();
	}

	private void submit() {
		// Typing may still be waiting for its pause: save what is on screen first.
		DraftResult saved = assignments.save(assignmentId, answer.getValue(), revision);
		if (saved instanceof DraftResult.Saved s) {
			revision = s.revision();
		}
		try {
			assignments.submit(assignmentId, revision);
			render(assignments.open(assignmentId));
		}
		catch (SubmissionException ex) {
			answer.setInvalid(true);
			answer.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
		}
	}

	private String time(@Nullable Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/Paris")).format(instant);
	}

	private String format(@Nullable Instant instant) {
		return instant == null ? "" : Formats.dateTime(getLocale(), instant);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
