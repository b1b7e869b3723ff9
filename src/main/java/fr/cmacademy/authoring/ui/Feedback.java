package fr.cmacademy.authoring.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.content.ContentProblem;

/**
 * Messages of the authoring pages: refusals as notifications, validator problems as a
 * list of {@code file:line: message}.
 */
final class Feedback {

	private Feedback() {
	}

	static void refused(Component owner, AuthoringException e) {
		Notification n = Notification.show(owner.getTranslation(e.key(), e.args()), 8000, Notification.Position.MIDDLE);
		n.addThemeVariants(NotificationVariant.ERROR);
	}

	static void saved(Component owner, String key, Object... args) {
		Notification n = Notification.show(owner.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
		n.addThemeVariants(NotificationVariant.SUCCESS);
	}

	/** Fills {@code box} with the problems, or a "no problem" line. */
	static void problems(Component owner, Div box, List<ContentProblem> problems) {
		box.removeAll();
		box.addClassName("authoring-problems");
		box.getElement().setAttribute("role", "status");
		if (problems.isEmpty()) {
			box.add(new Paragraph(owner.getTranslation("authoring.problems.none")));
			box.getElement().getClassList().set("authoring-problems--bad", false);
			return;
		}
		box.getElement().getClassList().set("authoring-problems--bad", true);
		box.add(new Paragraph(owner.getTranslation("authoring.problems.count", problems.size())));
		UnorderedList list = new UnorderedList();
		problems.forEach(p -> list.add(new ListItem(p.file() + ":" + p.line() + ": " + p.message())));
		box.add(list);
	}

}
