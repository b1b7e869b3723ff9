package fr.cmacademy.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Fired on the UI when the page marked notifications read, so the bell in the header
 * updates its count without waiting for the next navigation.
 */
class NotificationsChanged extends ComponentEvent<UI> {

	NotificationsChanged(UI source) {
		super(source, false);
	}

	static void fire() {
		UI ui = UI.getCurrent();
		if (ui != null) {
			ComponentUtil.fireEvent(ui, new NotificationsChanged(ui));
		}
	}

}
