package fr.cmacademy.notification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

import fr.cmacademy.notification.NotificationEntry;
import fr.cmacademy.notification.NotificationService;

/**
 * The header's bell: the unread count as a badge (and in the button's label), and a
 * popover with the latest notifications. The count is read again after every navigation.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

	static final int LATEST = 5;

	private final NotificationService notifications;

	private final Button button = new Button();

	private final Span badge = new Span();

	private final Popover popover = new Popover();

	private final Div latest = new Div();

	NotificationBell(NotificationService notifications) {
		this.notifications = notifications;
		addClassName("notification-bell");
		Icon icon = VaadinIcon.BELL.create();
		icon.getElement().setAttribute("aria-hidden", "true");
		button.setIcon(icon);
		button.addThemeVariants(ButtonVariant.TERTIARY);
		button.addClassName("notification-bell__button");
		badge.addClassName("notification-bell__badge");
		badge.getElement().setAttribute("aria-hidden", "true");
		add(button, badge);

		popover.setTarget(button);
		popover.setPosition(PopoverPosition.BOTTOM_END);
		popover.setAriaLabel(getTranslation("notification.bell.popover"));
		popover.setAutofocus(true);
		popover.addClassName("notification-popover");
		H2 heading = new H2(getTranslation("notification.bell.popover"));
		heading.addClassName("notification-popover__title");
		latest.addClassName("notification-popover__list");
		Anchor all = new Anchor(NotificationsView.PATH, getTranslation("notification.bell.all"));
		all.getElement().setAttribute("router-link", true);
		all.addClassName("notification-popover__all");
		Button markAll = new Button(getTranslation("notifications.mark-all"), click -> {
			notifications.markAllRead();
			refresh();
			fillLatest();
		});
		markAll.addThemeVariants(ButtonVariant.TERTIARY);
		markAll.addClassName("notification-popover__mark-all");
		Div actions = new Div(all, markAll);
		actions.addClassName("notification-popover__actions");
		popover.add(heading, latest, actions);
		popover.addOpenedChangeListener(event -> {
			if (event.isOpened()) {
				fillLatest();
			}
		});
		add(popover);
		addAttachListener(attach -> {
			var registration = ComponentUtil.addListener(attach.getUI(), NotificationsChanged.class,
					changed -> refresh());
			addDetachListener(detach -> {
				registration.remove();
				detach.unregisterListener();
			});
		});
		refresh();
	}

	/** Reads the unread count again and shows it. */
	void refresh() {
		int count = notifications.unreadCount();
		badge.setText(count > 99 ? "99+" : Integer.toString(count));
		badge.setVisible(count > 0);
		button.setAriaLabel(count == 0 ? getTranslation("notification.bell.label.none")
				: getTranslation("notification.bell.label", count));
	}

	int count() {
		return badge.isVisible() ? Integer.parseInt(badge.getText().replace("+", "")) : 0;
	}

	Button button() {
		return button;
	}

	Popover popover() {
		return popover;
	}

	private void fillLatest() {
		latest.removeAll();
		var entries = notifications.recent(0, LATEST);
		if (entries.isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("notifications.empty.text"));
			empty.addClassName("notification-popover__empty");
			latest.add(empty);
		}
		for (NotificationEntry entry : entries) {
			latest.add(new NotificationItem(entry, () -> opened(entry)));
		}
	}

	private void opened(NotificationEntry entry) {
		if (entry.unread()) {
			notifications.markRead(entry.id());
		}
		popover.setOpened(false);
		refresh();
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		popover.setOpened(false);
		refresh();
	}

}
