package fr.cmacademy.notification.ui;

import com.vaadin.flow.component.Component;

import org.springframework.core.annotation.Order;

import fr.cmacademy.notification.NotificationService;
import fr.cmacademy.shared.HeaderItem;

/**
 * Puts the notification bell in the shell's header.
 */
@org.springframework.stereotype.Component
@Order(10)
class NotificationHeaderItem implements HeaderItem {

	private final NotificationService notifications;

	NotificationHeaderItem(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public Component create() {
		return new NotificationBell(notifications);
	}

}
