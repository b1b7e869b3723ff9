package fr.cmacademy.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.notification.NotificationEntry;

/**
 * One notification: its title, text and date, rendered in the reader's language from the
 * stored kind and arguments (as plain text: arguments are inert). With a link it is a
 * link; opening it marks it read.
 */
class NotificationItem extends Div {

	NotificationItem(NotificationEntry entry, Runnable opened) {
		addClassName("notification-item");
		if (entry.unread()) {
			addClassName("notification-item--unread");
		}
		Span title = new Span(getTranslation(entry.titleKey(), entry.params()));
		title.addClassName("notification-item__title");
		Span body = new Span(getTranslation(entry.bodyKey(), entry.params()));
		body.addClassName("notification-item__body");
		Span when = new Span(Formats.dateTime(getLocale(), entry.createdAt()));
		when.addClassName("notification-item__date");
		Component[] parts = entry.unread() ? new Component[] { unreadMark(), title, body, when }
				: new Component[] { title, body, when };
		HasComponents target;
		String link = entry.link();
		if (link != null) {
			Anchor anchor = new Anchor(link);
			anchor.getElement().setAttribute("router-link", true);
			anchor.addClassName("notification-item__link");
			anchor.getElement().addEventListener("click", click -> opened.run());
			add(anchor);
			target = anchor;
		}
		else {
			target = this;
		}
		target.add(parts);
	}

	private Span unreadMark() {
		Span mark = new Span(getTranslation("notifications.unread"));
		mark.addClassName("sr-only");
		return mark;
	}

}
