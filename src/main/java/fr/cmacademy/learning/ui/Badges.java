package fr.cmacademy.learning.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import fr.cmacademy.learning.ItemStatus;

/**
 * Status badges and labelled progress bars shared by the learner views.
 */
final class Badges {

	private Badges() {
	}

	static Span status(Component owner, ItemStatus status) {
		String key = switch (status) {
			case NOT_STARTED -> "learning.status.not-started";
			case IN_PROGRESS -> "learning.status.in-progress";
			case DONE -> "learning.status.done";
		};
		Span badge = new Span(owner.getTranslation(key));
		badge.addClassName("status-badge");
		badge.addClassName("status-badge--" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		return badge;
	}

	static Div progress(Component owner, double fraction) {
		int percent = (int) Math.round(fraction * 100);
		ProgressBar bar = new ProgressBar(0, 1, fraction);
		String label = owner.getTranslation("learning.progress.label", percent);
		bar.getElement().setAttribute("aria-label", label);
		Span text = new Span(label);
		text.addClassName("progress__text");
		Div wrapper = new Div(bar, text);
		wrapper.addClassName("progress");
		return wrapper;
	}

	/** Where an item opens: its lesson, quiz or scenario page. */
	static String path(fr.cmacademy.content.Catalog.ItemEntry item) {
		return switch (item.kind()) {
			case "QUIZ" -> "quizzes/";
			case "SCENARIO" -> "scenarios/";
			case "ASSIGNMENT" -> "assignments/";
			default -> "lessons/";
		} + item.id();
	}

	static String minutes(Component owner, int minutes) {
		return owner.getTranslation("learning.minutes", minutes);
	}

}
