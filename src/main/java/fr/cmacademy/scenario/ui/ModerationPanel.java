package fr.cmacademy.scenario.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.scenario.RunView;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Brief;
import fr.cmacademy.simulation.model.ModerationItem;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The moderation queue: every reported item as a card with the actions the scenario
 * offers, the progress through the queue, the community charter at hand, and a way to
 * stop before the end. Deciding moves the focus to the next open item, so the whole queue
 * can be worked through with the keyboard.
 */
final class ModerationPanel extends DeskPanel {

	private final List<ModerationCard> cards = new ArrayList<>();

	private final List<String> itemIds = new ArrayList<>();

	private final Span progressText = new Span();

	private final ProgressBar progressBar = new ProgressBar();

	private final Checkbox hideDone = new Checkbox();

	private @Nullable String decidedLast;

	ModerationPanel(Component owner, Actor actor) {
		super(owner, actor, "moderation-desk");
	}

	@Override
	void update(Scenario scenario, RunState current) {
		int total = itemIds.size();
		int done = current.moderation().size();
		for (int i = 0; i < total; i++) {
			ModerationCard card = cards.get(i);
			card.show(owner, current.moderation().get(itemIds.get(i)), current.finished());
			card.component().setVisible(!(hideDone.getValue() && !card.open()));
		}
		progressText.setText(t("scenario.moderation.progress", done, total));
		progressBar.setValue(total == 0 ? 0 : (double) done / total);
		moveFocus();
	}

	@Override
	void build(Scenario scenario) {
		root.removeAll();
		cards.clear();
		itemIds.clear();
		Locale locale = PanelLocale.of(owner);
		List<ModerationItem> queue = scenario.moderation().queue();
		H2 heading = new H2(t("scenario.moderation.heading", scenario.brand().name()));
		Span platform = new Span(
				t("scenario.panel.platform." + scenario.brand().platform().name().toLowerCase(Locale.ROOT)) + " · "
						+ scenario.brand().handle());
		platform.addClassName("moderation-desk__platform");
		progressText.addClassName("moderation-desk__progress");
		progressText.getElement().setAttribute("aria-live", "polite");
		progressBar.getElement().setAttribute("aria-label", t("scenario.moderation.progress-label"));
		hideDone.setLabel(t("scenario.moderation.hide-done"));
		hideDone.addValueChangeListener(e -> {
			if (state != null) {
				cards.forEach(c -> c.component().setVisible(!(e.getValue() && !c.open())));
			}
		});
		finish.setText(t("scenario.moderation.finish"));
		finish.addClassName("moderation-desk__finish");
		finish.addClickListener(click -> confirmFinish());
		finishedNote.setText(t("scenario.moderation.finished"));
		finishedNote.addClassNames("status-badge", "status-badge--done");
		Div title = new Div(heading, platform);
		title.addClassName("moderation-desk__title");
		Div progress = new Div(progressText, progressBar);
		progress.addClassName("moderation-desk__progress-box");
		Div bar = new Div(title, progress, hideDone, finish, finishedNote);
		bar.addClassNames("panel", "moderation-desk__bar");

		Div list = new Div();
		list.addClassName("moderation-queue");
		for (int i = 0; i < queue.size(); i++) {
			ModerationItem item = queue.get(i);
			ModerationCard card = new ModerationCard(owner, scenario.id(), item,
					scenario.persona(item.persona()).orElse(null), i + 1, queue.size(), scenario.moderation().actions(),
					action -> {
						decidedLast = item.id();
						actor.act(new Action.Moderate(item.id(), action));
					});
			cards.add(card);
			itemIds.add(item.id());
			list.add(card.component());
		}
		Div body = new Div(list, charter(scenario.brand().brief(), locale));
		body.addClassName("moderation-desk__body");
		root.add(bar, body);
	}

	private Component charter(Brief brief, Locale locale) {
		OrderedList rules = new OrderedList();
		brief.charter().forEach(rule -> rules.add(new ListItem(rule.in(locale))));
		Div content = new Div(rules);
		if (!brief.mustEscalate().isEmpty()) {
			UnorderedList escalate = new UnorderedList();
			brief.mustEscalate().forEach(rule -> escalate.add(new ListItem(rule.in(locale))));
			Span label = new Span(t("scenario.moderation.escalate-to"));
			label.addClassName("moderation-desk__subheading");
			content.add(label, escalate);
		}
		Details details = new Details(t("scenario.moderation.charter"), content);
		details.setOpened(true);
		Div aside = new Div(details);
		aside.addClassNames("panel", "moderation-desk__charter");
		return aside;
	}

	private void confirmFinish() {
		RunState current = state;
		int left = current == null ? 0 : itemIds.size() - current.moderation().size();
		if (left == 0) {
			actor.act(new Action.Finish());
			return;
		}
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(t("scenario.moderation.finish.title"));
		dialog.setText(t("scenario.moderation.finish.text", left));
		dialog.setCancelable(true);
		dialog.setCancelText(t("scenario.moderation.finish.cancel"));
		dialog.setConfirmText(t("scenario.moderation.finish.ok"));
		dialog.addConfirmListener(event -> actor.act(new Action.Finish()));
		dialog.open();
	}

	/** After a decision, the next open item (or the finish button) gets the focus. */
	private void moveFocus() {
		String last = decidedLast;
		decidedLast = null;
		if (last == null) {
			return;
		}
		int from = itemIds.indexOf(last);
		for (int step = 1; step <= cards.size(); step++) {
			ModerationCard next = cards.get((from + step) % cards.size());
			if (next.open()) {
				next.focus();
				return;
			}
		}
		if (finish.isVisible()) {
			finish.focus();
		}
	}

}
