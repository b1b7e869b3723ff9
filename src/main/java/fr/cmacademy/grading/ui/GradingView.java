package fr.cmacademy.grading.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.grading.GradeState;
import fr.cmacademy.grading.GradingException;
import fr.cmacademy.grading.GradingQueueService;
import fr.cmacademy.grading.GradingService;
import fr.cmacademy.grading.GradingWork;
import fr.cmacademy.grading.GradingWork.AuditEntry;
import fr.cmacademy.grading.WorkNotFoundException;
import fr.cmacademy.shared.Roles;

/**
 * Grading one piece of work: the learner's work next to the rubric; save a draft,
 * release, or change a released grade with a reason; move to the next work of the queue
 * (Alt+N). The grade's history is listed below.
 */
@Route("grading/:workId")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class GradingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final GradingQueueService queue;

	private final GradingService grading;

	private final LessonRenderer renderer;

	private long workId;

	private QueryParameters params = QueryParameters.empty();

	private String title = "";

	public GradingView(GradingQueueService queue, GradingService grading, LessonRenderer renderer) {
		this.queue = queue;
		this.grading = grading;
		this.renderer = renderer;
		addClassNames("page", "grading-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		params = event.getLocation().getQueryParameters();
		try {
			workId = Long.parseLong(event.getRouteParameters().get("workId").orElse(""));
			render(queue.work(workId));
		}
		catch (NumberFormatException | WorkNotFoundException ex) {
			throw new NotFoundException();
		}
	}

	private void render(GradingWork work) {
		removeAll();
		Locale locale = getLocale();
		title = getTranslation("grading.page.title", work.entry().learnerName(), work.entry().itemTitle().in(locale));
		Anchor back = new Anchor("grading" + query(), getTranslation("grading.page.back"));
		back.getElement().setAttribute("router-link", true);
		back.addClassName("back-link");
		Div head = new Div(GradeBadges.state(this, work.entry().state()),
				new Span(getTranslation("grading.page.meta",
						getTranslation("grading.kind." + work.entry().kind().slug()),
						work.entry().moduleTitle().in(locale), format(work.entry().submittedAt()))));
		head.addClassName("grading-page__meta");
		add(back, head);
		RubricForm form = new RubricForm(this, work.rubric(), work.grade().criteria(), work.grade().comment(),
				work.entry().maxPoints(), work.passMark(), key -> WorkPanel.checks(this, work.work(), key));
		Div rubric = new Div(new H2(getTranslation("grading.rubric.title")), form, actions(work, form));
		rubric.addClassNames("panel", "grading-rubric");
		Div columns = new Div(WorkPanel.of(this, work.work(), renderer), rubric);
		columns.addClassName("grading-page__columns");
		add(columns, history(work));
	}

	private Div actions(GradingWork work, RubricForm form) {
		Div actions = new Div();
		actions.addClassName("grading-rubric__actions");
		int revision = work.grade().revision();
		if (work.grade().state() == GradeState.RELEASED) {
			TextField reason = new TextField(getTranslation("grading.change.reason"));
			reason.setWidthFull();
			reason.setMaxLength(500);
			reason.setHelperText(getTranslation("grading.change.reason.help"));
			Button change = new Button(getTranslation("grading.change.save"), click -> attempt(form, reason,
					() -> grading.change(workId, form.input(), reason.getValue(), revision), "grading.change.saved"));
			change.addThemeVariants(ButtonVariant.PRIMARY);
			actions.add(reason, change);
		}
		else {
			Button draft = new Button(getTranslation("grading.draft.save"), click -> attempt(form, null,
					() -> grading.saveDraft(workId, form.input(), revision), "grading.draft.saved"));
			draft.addClickShortcut(Key.KEY_S, KeyModifier.ALT);
			draft.setTooltipText(getTranslation("grading.shortcut", "Alt+S"));
			Button release = new Button(getTranslation("grading.release"), click -> attempt(form, null,
					() -> grading.release(workId, form.input(), revision), "grading.released"));
			release.addThemeVariants(ButtonVariant.PRIMARY);
			release.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
			release.setTooltipText(getTranslation("grading.shortcut", "Alt+R"));
			actions.add(draft, release);
		}
		Button next = new Button(getTranslation("grading.next"), click -> next());
		next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
		next.setTooltipText(getTranslation("grading.shortcut", "Alt+N"));
		actions.add(next, new Paragraph(getTranslation("grading.shortcuts")));
		return actions;
	}

	private void attempt(RubricForm form, @Nullable TextField reason, Runnable action, String doneKey) {
		try {
			action.run();
			Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.SUCCESS);
			render(queue.work(workId));
		}
		catch (GradingException ex) {
			String message = getTranslation(ex.key(), ex.args());
			if ("reason".equals(ex.criterion()) && reason != null) {
				reason.setErrorMessage(message);
				reason.setInvalid(true);
			}
			else if (ex.criterion() != null) {
				form.invalid(ex.criterion(), message);
			}
			Notification error = Notification.show(message, 6000, Notification.Position.MIDDLE);
			error.addThemeVariants(NotificationVariant.ERROR);
			if ("grading.error.conflict".equals(ex.key())) {
				render(queue.work(workId));
			}
		}
	}

	private void next() {
		Optional<Long> next = following();
		if (next.isEmpty()) {
			Notification.show(getTranslation("grading.next.none"), 4000, Notification.Position.BOTTOM_START);
			getUI().ifPresent(ui -> ui.navigate("grading", params));
			return;
		}
		getUI().ifPresent(ui -> ui.navigate("grading/" + next.get(), params));
	}

	private Optional<Long> following() {
		try {
			return queue.next(workId, QueueParams.filter(params));
		}
		catch (AccessDeniedException ex) {
			// The filter's cohort left the grader's scope: carry on over all their
			// learners.
			params = QueueParams.withoutCohort(params);
			return queue.next(workId, QueueParams.filter(params));
		}
	}

	private Div history(GradingWork work) {
		Div box = new Div(new H2(getTranslation("grading.history.title")));
		box.addClassNames("panel", "grading-history");
		if (work.audit().isEmpty()) {
			box.add(new Paragraph(getTranslation("grading.history.empty")));
			return box;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("grading-history__list");
		Locale locale = getLocale();
		for (AuditEntry entry : work.audit()) {
			String points = getTranslation("grading.history.points",
					entry.oldPoints() == null ? "—" : GradeBadges.points(locale, entry.oldPoints()),
					entry.newPoints() == null ? "—" : GradeBadges.points(locale, entry.newPoints()));
			String text = getTranslation("grading.history.entry", format(entry.at()), entry.actorName(),
					getTranslation("grading.history.action." + entry.action().toLowerCase(Locale.ROOT)), points);
			ListItem item = new ListItem(text);
			if (entry.reason() != null) {
				Span reason = new Span(getTranslation("grading.history.reason", entry.reason()));
				reason.addClassName("grading-history__reason");
				item.add(reason);
			}
			list.add(item);
		}
		box.add(list);
		return box;
	}

	private String query() {
		String query = params.getQueryString();
		return query.isEmpty() ? "" : "?" + query;
	}

	private String format(java.time.Instant instant) {
		return Formats.dateTime(getLocale(), instant);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
