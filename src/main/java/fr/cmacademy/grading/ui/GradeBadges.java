package fr.cmacademy.grading.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.grading.GradeState;

/** The small pieces the grading pages share: a grade state's badge and points as text. */
final class GradeBadges {

	private GradeBadges() {
	}

	static Span state(Component owner, GradeState state) {
		Span badge = new Span(owner.getTranslation("grading.state." + state.name().toLowerCase(Locale.ROOT)));
		badge.addClassNames("status-badge", switch (state) {
			case WAITING -> "status-badge--needs-grading";
			case DRAFT -> "status-badge--in-progress";
			case RELEASED -> "status-badge--done";
		});
		return badge;
	}

	/** Text shown as a quotation, never as markup. */
	static Div quote(String text, String className) {
		Div quote = new Div();
		quote.setText(text);
		quote.addClassNames("quote", className);
		return quote;
	}

	static String points(Locale locale, double value) {
		return Formats.number(locale, value);
	}

}
