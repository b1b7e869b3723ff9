package fr.cmacademy.learning.ui;

import java.util.Optional;
import fr.cmacademy.content.ui.ItemPages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.learning.ItemStatus;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.learning.ProgressService.OpenedLesson;
import fr.cmacademy.shared.Roles;

/**
 * The lesson reader: the lesson's Markdown rendered and sanitised, reading time, previous
 * and next (also with Alt+← and Alt+→), and "mark as done". Time spent is counted while
 * the lesson is open.
 */
@Route("lessons/:itemId")
@RolesAllowed(Roles.LEARNER)
public class LessonView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	final Button done = new Button();

	private final ProgressService progress;

	private final LessonRenderer renderer;

	private final ContentCatalog content;

	private String itemId = "";

	private String title = "";

	private Instant openedAt = Instant.now();

	public LessonView(ProgressService progress, LessonRenderer renderer, ContentCatalog content) {
		this.progress = progress;
		this.renderer = renderer;
		this.content = content;
		addClassName("page");
		addClassName("lesson-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		itemId = event.getRouteParameters().get("itemId").orElse("");
		Optional<OpenedLesson> loaded = ItemPages.open(event, content, itemId, () -> progress.openLesson(itemId));
		if (loaded.isEmpty()) {
			return;
		}
		OpenedLesson opened = loaded.get();
		openedAt = Instant.now();
		render(opened);
	}

	private void render(OpenedLesson opened) {
		removeAll();
		Locale locale = getLocale();
		title = opened.lesson().title().in(locale);
		Anchor back = new Anchor("modules/" + opened.module().id(), opened.module().title().in(locale));
		back.getElement().setAttribute("router-link", true);
		back.addClassName("lesson-page__module");
		Span reading = new Span(getTranslation("lesson.reading-time", opened.lesson().minutes()));
		reading.addClassName("lesson-page__meta");
		Div top = new Div(back, reading);
		top.addClassName("lesson-page__top");

		Html body = new Html(renderer.render(itemId, opened.lesson().body().in(locale), locale));

		List<ItemEntry> items = opened.module().items();
		int index = items.stream().map(ItemEntry::id).toList().indexOf(itemId);
		Div nav = new Div();
		nav.addClassName("lesson-page__nav");
		if (index > 0) {
			nav.add(navButton(items.get(index - 1), "lesson.previous", VaadinIcon.ARROW_LEFT, Key.ARROW_LEFT));
		}
		done.setText(getTranslation(opened.status() == ItemStatus.DONE ? "lesson.done" : "lesson.mark-done"));
		done.setIcon(VaadinIcon.CHECK.create());
		done.setEnabled(opened.status() != ItemStatus.DONE);
		done.addThemeVariants(ButtonVariant.PRIMARY);
		done.addClickListener(
				click -> markDone(index + 1 < items.size() ? items.get(index + 1) : null, opened.module().id()));
		nav.add(done);
		if (index >= 0 && index + 1 < items.size()) {
			nav.add(navButton(items.get(index + 1), "lesson.next", VaadinIcon.ARROW_RIGHT, Key.ARROW_RIGHT));
		}
		add(top, body, nav);
		// Views are reused between lessons: start each one at its top, not where the last
		// one was left.
		getElement().executeJs("this.scrollIntoView({block: 'start'})");
	}

	private Button navButton(ItemEntry target, String key, VaadinIcon icon, Key shortcut) {
		Button button = new Button(getTranslation(key, target.title().in(getLocale())), icon.create(),
				click -> getUI().ifPresent(ui -> ui.navigate(Badges.path(target))));
		button.addClickShortcut(shortcut, KeyModifier.ALT);
		if (shortcut == Key.ARROW_RIGHT) {
			button.setIconAfterText(true);
		}
		return button;
	}

	private void markDone(ItemEntry next, String moduleId) {
		recordTime();
		progress.complete(itemId);
		done.setText(getTranslation("lesson.done"));
		done.setEnabled(false);
		getUI().ifPresent(ui -> ui.navigate(next != null ? Badges.path(next) : "modules/" + moduleId));
	}

	private void recordTime() {
		Instant now = Instant.now();
		progress.addTime(itemId, Duration.between(openedAt, now));
		openedAt = now;
	}

	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		recordTime();
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		openedAt = Instant.now();
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		// Closing the tab detaches the view without a navigation: count that reading time
		// too.
		if (getUI().isPresent() && !itemId.isEmpty()) {
			try {
				recordTime();
			}
			catch (RuntimeException ex) {
				// The session may already be gone; the time is then simply not counted.
			}
		}
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
