package fr.cmacademy.quiz.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import fr.cmacademy.content.QuizDefinition.Layout;
import fr.cmacademy.content.QuizDefinition.Shown;
import fr.cmacademy.question.Grader;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.Response;
import fr.cmacademy.quiz.AttemptNotFoundException;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.AttemptSheet;
import fr.cmacademy.quiz.AttemptSheet.Slot;
import fr.cmacademy.quiz.SaveResult;
import fr.cmacademy.shared.Roles;

/**
 * Taking an attempt. Every change is saved at once (typing after a short pause) and the
 * page says so; the navigation panel shows which questions are answered and flagged; the
 * timer counts down to the server's deadline. A reload, another device or a server
 * restart opens the same answers at the same place. An answer the server could not store
 * (its database unreachable) stays on the page, marked as not saved, and is sent again
 * every few seconds until it is stored.
 */
@Route("attempts/:attemptId")
@RolesAllowed(Roles.LEARNER)
@JavaScript("context://components/cm-countdown.js")
public class AttemptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private static final int SUMMARY = -1;

	/** How often answers that could not be stored are sent again. */
	static final int RETRY_MS = 5000;

	private static final Logger log = LoggerFactory.getLogger(AttemptView.class);

	private final AttemptService attempts;

	private long attemptId;

	private AttemptSheet sheet;

	private final Map<Integer, Integer> revisions = new HashMap<>();

	private final Map<Integer, @Nullable Response> responses = new HashMap<>();

	private final Map<Integer, Boolean> flags = new HashMap<>();

	/** When each answer was last saved, so a card shown again says so. */
	private final Map<Integer, java.time.@Nullable Instant> savedAts = new HashMap<>();

	private final Map<Integer, QuestionInput> inputs = new HashMap<>();

	private final Map<Integer, Span> statuses = new HashMap<>();

	/**
	 * Answers given on this page that the server could not store yet (a null value clears
	 * the answer), sent again by {@link #retry()}.
	 */
	private final Map<Integer, @Nullable Response> unsaved = new LinkedHashMap<>();

	private @Nullable Registration polling;

	private final Div main = new Div();

	private final Nav navigation = new Nav();

	private final java.util.List<Button> navButtons = new ArrayList<>();

	private int page;

	private String title = "";

	public AttemptView(AttemptService attempts) {
		this.attempts = attempts;
		addClassNames("page", "attempt-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			attemptId = Long.parseLong(event.getRouteParameters().get("attemptId").orElse(""));
			sheet = attempts.sheet(attemptId);
		}
		catch (NumberFormatException | AttemptNotFoundException ex) {
			throw new NotFoundException();
		}
		if (!sheet.open()) {
			event.forwardTo("attempts/" + attemptId + "/review");
			return;
		}
		title = sheet.quiz().title().in(getLocale());
		for (Slot slot : sheet.slots()) {
			revisions.put(slot.slot(), slot.revision());
			responses.put(slot.slot(), slot.response());
			flags.put(slot.slot(), slot.flagged());
			savedAts.put(slot.slot(), slot.savedAt());
		}
		page = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("q")
			.map(AttemptView::pageOf)
			.filter(p -> p >= 0 && p < sheet.slots().size())
			.orElse(firstUnanswered());
		layout();
	}

	private static int pageOf(String value) {
		try {
			return Integer.parseInt(value) - 1;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private int firstUnanswered() {
		return sheet.slots().stream().filter(s -> !s.answered()).map(Slot::slot).findFirst().orElse(0);
	}

	private boolean onePerPage() {
		return sheet.quiz().definition().layout() == Layout.ONE_PER_PAGE;
	}

	private void layout() {
		removeAll();
		navigation.removeAll();
		navButtons.clear();
		Div side = new Div();
		side.addClassName("attempt-page__side");
		if (sheet.attempt().deadline() != null) {
			side.getElement().appendChild(timer());
		}
		navigation.addClassName("question-nav");
		navigation.getElement().setAttribute("aria-label", getTranslation("attempt.nav"));
		Button finish = new Button(getTranslation("attempt.finish"), click -> show(SUMMARY));
		finish.addClassName("question-nav__finish");
		side.add(navigation, finish);
		main.addClassName("attempt-page__main");
		add(side, main);
		show(page);
	}

	private Element timer() {
		Element countdown = new Element("cm-countdown");
		countdown.setAttribute("deadline", String.valueOf(sheet.attempt().deadline().toEpochMilli()));
		countdown.setAttribute("server-now", String.valueOf(sheet.now().toEpochMilli()));
		countdown.setAttribute("label", getTranslation("attempt.timer"));
		countdown.setAttribute("five-minutes", getTranslation("attempt.timer.five"));
		countdown.setAttribute("one-minute", getTranslation("attempt.timer.one"));
		countdown.addEventListener("expired", event -> timeUp());
		Element wrapper = new Element("div");
		wrapper.getClassList().add("attempt-timer");
		Element label = new Element("span");
		label.setText(getTranslation("attempt.timer"));
		label.getClassList().add("attempt-timer__label");
		wrapper.appendChild(label, countdown);
		return wrapper;
	}

	private void show(int target) {
		page = target;
		main.removeAll();
		inputs.clear();
		statuses.clear();
		if (target == SUMMARY) {
			main.add(summary());
		}
		else if (onePerPage()) {
			main.add(card(sheet.slots().get(target)), pager());
			getUI().ifPresent(
					ui -> ui.getPage().getHistory().replaceState(null, "attempts/" + attemptId + "?q=" + (target + 1)));
		}
		else {
			sheet.slots().forEach(slot -> main.add(card(slot)));
			Button finish = new Button(getTranslation("attempt.finish"), click -> show(SUMMARY));
			finish.addThemeVariants(ButtonVariant.PRIMARY);
			main.add(finish);
		}
		refreshNavigation();
		main.getElement().executeJs("this.scrollIntoView({block: 'start'})");
	}

	private Div card(Slot slot) {
		int number = slot.slot() + 1;
		H2 heading = new H2(getTranslation("attempt.question", number, sheet.slots().size()));
		heading.addClassName("question-card__number");
		Span points = new Span(getTranslation("attempt.points", slot.maxMarks()));
		points.addClassName("question-card__points");
		Button flag = new Button();
		updateFlag(flag, slot.slot());
		flag.addClickListener(click -> {
			boolean flagged = !flags.get(slot.slot());
			attempts.flag(attemptId, slot.slot(), flagged);
			flags.put(slot.slot(), flagged);
			updateFlag(flag, slot.slot());
			refreshNavigation();
		});
		Div header = new Div(heading, points, flag);
		header.addClassName("question-card__header");
		Html text = new Html("<div class=\"question-card__text rich-text\">"
				+ slot.question().in(getLocale()).text().html() + "</div>");
		QuestionInput input = QuestionInput.of(this, slot.question().in(getLocale()), slot.displayOrder(),
				getTranslation("attempt.question", number, sheet.slots().size()),
				response -> save(slot.slot(), response));
		input.show(unsaved.containsKey(slot.slot()) ? unsaved.get(slot.slot()) : responses.get(slot.slot()));
		inputs.put(slot.slot(), input);
		Span status = new Span();
		status.addClassName("save-status");
		status.getElement().setAttribute("aria-live", "polite");
		statuses.put(slot.slot(), status);
		if (unsaved.containsKey(slot.slot())) {
			showUnsaved(slot.slot());
		}
		else {
			showSaved(slot.slot(), savedAts.get(slot.slot()));
		}
		Div field = new Div(input.component());
		Div card = new Div(header, text, field, status);
		Set<Shown> during = sheet.quiz().definition().review().during();
		if (!during.isEmpty()) {
			checkable(card, field, slot, during);
		}
		card.addClassName("question-card");
		card.setId("question-" + number);
		return card;
	}

	/**
	 * Practice quizzes: once answered, a question can be checked; it is then locked and
	 * shows what the quiz allows (marks, feedback, the correct answer).
	 */
	private void checkable(Div card, Div field, Slot slot, Set<Shown> during) {
		Question question = slot.question().in(getLocale());
		if (slot.checked()) {
			field.setEnabled(false);
			card.add(CheckedFeedback.of(this, question, Grader.grade(slot.question(), slot.response()), slot.maxMarks(),
					during));
			return;
		}
		Button check = new Button(getTranslation("attempt.check"));
		check.addClassName("question-card__check");
		check.addClickListener(click -> {
			if (responses.get(slot.slot()) == null) {
				statuses.get(slot.slot()).setText(getTranslation("attempt.check.first"));
				return;
			}
			var outcome = attempts.check(attemptId, slot.slot());
			field.setEnabled(false);
			check.setVisible(false);
			card.add(CheckedFeedback.of(this, question, outcome, slot.maxMarks(), during));
		});
		card.add(check);
	}

	private void updateFlag(Button flag, int slot) {
		boolean flagged = flags.get(slot);
		flag.setText(getTranslation(flagged ? "attempt.unflag" : "attempt.flag"));
		flag.setIcon(flagged ? VaadinIcon.FLAG.create() : VaadinIcon.FLAG_O.create());
		flag.getElement().setAttribute("aria-pressed", String.valueOf(flagged));
		flag.addThemeVariants(ButtonVariant.TERTIARY);
	}

	private void save(int slot, @Nullable Response response) {
		Span status = statuses.get(slot);
		if (status != null) {
			status.setText(getTranslation("attempt.saving"));
		}
		SaveResult result;
		try {
			result = attempts.save(attemptId, slot, response, revisions.get(slot));
		}
		catch (DataAccessException | TransactionException ex) {
			notSaved(slot, response, ex);
			return;
		}
		unsaved.remove(slot);
		if (unsaved.isEmpty()) {
			stopRetrying();
		}
		switch (result) {
			case SaveResult.Saved saved -> {
				revisions.put(slot, saved.revision());
				responses.put(slot, response);
				savedAts.put(slot, saved.at());
				showSaved(slot, saved.at());
				refreshNavigation();
			}
			case SaveResult.Conflict conflict -> conflict(slot, response, conflict);
			case SaveResult.Closed closed -> closed();
		}
	}

	/**
	 * Another window saved this answer first. The newer answer is shown; typed text from
	 * this window is offered back so nothing the learner wrote is lost.
	 */
	private void conflict(int slot, @Nullable Response mine, SaveResult.Conflict conflict) {
		if (Objects.equals(mine, conflict.current())) {
			// A retried save whose first try was stored although its answer never came
			// back: the server holds exactly this answer.
			revisions.put(slot, conflict.revision());
			responses.put(slot, mine);
			savedAts.put(slot, java.time.Instant.now());
			showSaved(slot, savedAts.get(slot));
			refreshNavigation();
			return;
		}
		revisions.put(slot, conflict.revision());
		responses.put(slot, conflict.current());
		QuestionInput input = inputs.get(slot);
		input.show(conflict.current());
		statuses.get(slot).setText(getTranslation("attempt.conflict"));
		refreshNavigation();
		Notification notification = new Notification();
		notification.addThemeVariants(NotificationVariant.WARNING);
		notification.setDuration(input.typed() ? 0 : 6000);
		Span message = new Span(getTranslation("attempt.conflict"));
		notification.add(message);
		if (input.typed() && mine != null) {
			Button keep = new Button(getTranslation("attempt.conflict.keep-mine"), click -> {
				notification.close();
				input.show(mine);
				save(slot, mine);
			});
			Button close = new Button(getTranslation("attempt.cancel"), click -> notification.close());
			notification.add(keep, close);
		}
		notification.open();
	}

	/**
	 * The server could not store the answer (database unreachable). The answer stays in
	 * the field and in {@link #unsaved}, the learner is told, and it is sent again every
	 * {@link #RETRY_MS} ms until it is stored.
	 */
	private void notSaved(int slot, @Nullable Response response, RuntimeException ex) {
		log.warn("Answer {} of attempt {} not saved, will retry: {}", slot, attemptId, ex.toString());
		boolean first = unsaved.isEmpty();
		unsaved.put(slot, response);
		showUnsaved(slot);
		refreshNavigation();
		if (first) {
			Notification notification = new Notification(new Span(getTranslation("attempt.not-saved.notice")));
			notification.addThemeVariants(NotificationVariant.ERROR);
			notification.setDuration(10_000);
			notification.setPosition(Notification.Position.TOP_CENTER);
			notification.open();
		}
		startRetrying();
	}

	private void showUnsaved(int slot) {
		Span status = statuses.get(slot);
		if (status != null) {
			status.setText(getTranslation("attempt.not-saved"));
			status.addClassName("save-status--failed");
		}
	}

	private void startRetrying() {
		if (polling == null) {
			getUI().ifPresent(ui -> {
				ui.setPollInterval(RETRY_MS);
				polling = ui.addPollListener(event -> retry());
			});
		}
	}

	private void stopRetrying() {
		if (polling != null) {
			polling.remove();
			polling = null;
			getUI().ifPresent(ui -> ui.setPollInterval(-1));
		}
	}

	/**
	 * Sends the answers not stored yet again, oldest first; stops at the first failure.
	 */
	void retry() {
		for (var entry : new ArrayList<>(unsaved.entrySet())) {
			save(entry.getKey(), entry.getValue());
			if (unsaved.containsKey(entry.getKey())) {
				return;
			}
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		stopRetrying();
		super.onDetach(event);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		super.onAttach(event);
		if (!unsaved.isEmpty()) {
			startRetrying();
		}
	}

	private void closed() {
		Notification.show(getTranslation("attempt.closed"), 8000, Notification.Position.TOP_CENTER);
		getUI().ifPresent(ui -> ui.navigate("attempts/" + attemptId + "/review"));
	}

	private void timeUp() {
		if (!attempts.timeUp(attemptId).submitted()) {
			// The browser's clock ran ahead of the server's: keep going.
			return;
		}
		closed();
	}

	private void showSaved(int slot, java.time.@Nullable Instant at) {
		Span status = statuses.get(slot);
		if (status == null) {
			return;
		}
		status.removeClassName("save-status--failed");
		status.setText(at == null ? getTranslation("attempt.not-answered") : getTranslation("attempt.saved",
				DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/Paris")).format(at)));
	}

	private Div pager() {
		Div pager = new Div();
		pager.addClassName("attempt-pager");
		if (page > 0) {
			Button previous = new Button(getTranslation("attempt.previous"), VaadinIcon.ARROW_LEFT.create(),
					click -> show(page - 1));
			pager.add(previous);
		}
		Button next = page < sheet.slots().size() - 1
				? new Button(getTranslation("attempt.next"), VaadinIcon.ARROW_RIGHT.create(), click -> show(page + 1))
				: new Button(getTranslation("attempt.finish"), click -> show(SUMMARY));
		next.setIconAfterText(true);
		next.addThemeVariants(ButtonVariant.PRIMARY);
		pager.add(next);
		return pager;
	}

	/**
	 * Shows which questions are answered and flagged. The buttons are built once and then
	 * updated in place: an answer's round trip then carries a few attribute changes
	 * instead of a new panel of 40 buttons.
	 */
	private void refreshNavigation() {
		if (navButtons.isEmpty()) {
			Div grid = new Div();
			grid.addClassName("question-nav__grid");
			for (Slot slot : sheet.slots()) {
				int number = slot.slot() + 1;
				Button button = new Button(String.valueOf(number), click -> {
					if (onePerPage()) {
						show(slot.slot());
					}
					else {
						if (page == SUMMARY) {
							show(0);
						}
						main.getElement()
							.executeJs("document.getElementById($0).scrollIntoView()", "question-" + number);
					}
				});
				button.addClassName("question-nav__item");
				navButtons.add(button);
				grid.add(button);
			}
			navigation.add(grid);
		}
		for (Slot slot : sheet.slots()) {
			Button button = navButtons.get(slot.slot());
			int number = slot.slot() + 1;
			boolean answered = responses.get(slot.slot()) != null;
			boolean flagged = flags.get(slot.slot());
			button.setClassName("question-nav__item--answered", answered);
			button.setClassName("question-nav__item--empty", !answered);
			button.setClassName("question-nav__item--flagged", flagged);
			String state = getTranslation(answered ? "attempt.nav.answered" : "attempt.nav.not-answered")
					+ (flagged ? ", " + getTranslation("attempt.nav.flagged") : "");
			button.setAriaLabel(getTranslation("attempt.nav.item", number, state));
			if (slot.slot() == page && onePerPage()) {
				button.getElement().setAttribute("aria-current", "step");
			}
			else {
				button.getElement().removeAttribute("aria-current");
			}
		}
	}

	private Div summary() {
		long answered = responses.values().stream().filter(r -> r != null).count();
		int total = sheet.slots().size();
		Div box = new Div(new H2(getTranslation("attempt.summary")),
				new Paragraph(getTranslation("attempt.summary.text")),
				new Paragraph(getTranslation("attempt.summary.answered", answered, total)));
		box.addClassNames("panel", "attempt-summary");
		Div list = new Div();
		list.addClassName("attempt-summary__list");
		for (Slot slot : sheet.slots()) {
			int number = slot.slot() + 1;
			boolean isAnswered = responses.get(slot.slot()) != null;
			Button open = new Button(getTranslation("attempt.summary.open", number),
					click -> show(onePerPage() ? slot.slot() : 0));
			open.addThemeVariants(ButtonVariant.TERTIARY);
			Span state = new Span(getTranslation(isAnswered ? "attempt.nav.answered" : "attempt.nav.not-answered")
					+ (flags.get(slot.slot()) ? " · " + getTranslation("attempt.nav.flagged") : ""));
			state.addClassName(isAnswered ? "attempt-summary__answered" : "attempt-summary__empty");
			Div row = new Div(open, state);
			row.addClassName("attempt-summary__row");
			list.add(row);
		}
		Button submit = new Button(getTranslation("attempt.submit"), click -> confirm(total - (int) answered));
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		box.add(list, submit);
		return box;
	}

	private void confirm(int unanswered) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("attempt.submit.confirm.title"));
		dialog.setText(getTranslation("attempt.submit.confirm.text") + " "
				+ getTranslation("attempt.submit.confirm.unanswered", unanswered));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("attempt.cancel"));
		dialog.setConfirmText(getTranslation("attempt.submit.confirm.ok"));
		dialog.addConfirmListener(event -> {
			retry();
			if (!unsaved.isEmpty()) {
				Notification.show(getTranslation("attempt.not-saved.submit"), 8000, Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.ERROR);
				return;
			}
			attempts.submit(attemptId);
			getUI().ifPresent(ui -> ui.navigate("attempts/" + attemptId + "/review"));
		});
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
