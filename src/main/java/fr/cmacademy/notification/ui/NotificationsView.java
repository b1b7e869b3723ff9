package fr.cmacademy.notification.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.cmacademy.notification.NotificationEntry;
import fr.cmacademy.notification.NotificationService;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * Every notification of the signed-in user, newest first, a page at a time; each links to
 * what it is about.
 */
@Route(NotificationsView.PATH)
@PermitAll
public class NotificationsView extends Div implements HasDynamicTitle {

	static final String PATH = "notifications";

	static final int PAGE = 20;

	private final NotificationService notifications;

	private final Div list = new Div();

	private final Div empty = new Div();

	private final Button more = new Button();

	private final Button markAll = new Button();

	private int loaded;

	public NotificationsView(NotificationService notifications) {
		this.notifications = notifications;
		addClassNames("page", "notifications-page");
		Paragraph lead = new Paragraph(getTranslation("notifications.lead"));
		lead.addClassName("page__lead");
		markAll.setText(getTranslation("notifications.mark-all"));
		markAll.addClassName("notification-page__mark-all");
		markAll.addClickListener(click -> {
			notifications.markAllRead();
			reload();
			NotificationsChanged.fire();
		});
		Div top = new Div(lead, markAll);
		top.addClassName("notification-page__top");
		list.addClassName("notification-page__list");
		list.getElement().setAttribute("role", "list");
		more.setText(getTranslation("notifications.more"));
		more.addThemeVariants(ButtonVariant.TERTIARY);
		more.addClassName("notification-page__more");
		more.addClickListener(click -> loadPage());
		add(top, empty, list, more);
		reload();
	}

	private void reload() {
		list.removeAll();
		empty.removeAll();
		loaded = 0;
		loadPage();
	}

	private void loadPage() {
		// One more than a page tells whether there is a next page, without counting.
		List<NotificationEntry> page = notifications.recent(loaded, PAGE + 1);
		if (loaded == 0 && page.isEmpty()) {
			empty.add(new EmptyState(VaadinIcon.BELL_O, getTranslation("notifications.empty.title"),
					getTranslation("notifications.empty.text")));
		}
		page.stream().limit(PAGE).forEach(entry -> {
			NotificationItem item = new NotificationItem(entry, () -> {
				if (entry.unread()) {
					notifications.markRead(entry.id());
				}
			});
			item.getElement().setAttribute("role", "listitem");
			list.add(item);
		});
		loaded += Math.min(page.size(), PAGE);
		more.setVisible(page.size() > PAGE);
		markAll.setEnabled(notifications.unreadCount() > 0);
	}

	/** How many notifications are shown, for tests. */
	int shown() {
		return loaded;
	}

	Button markAllButton() {
		return markAll;
	}

	Button moreButton() {
		return more;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notifications.title");
	}

}
