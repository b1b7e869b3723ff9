package fr.cmacademy.notification.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.learning.ui.MyLearningView;
import fr.cmacademy.notification.NotificationKinds;
import fr.cmacademy.notification.NotificationRequest;
import fr.cmacademy.notification.NotificationService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell in the header and the notifications page, on the real service and database.
 */
class NotificationViewsTest extends ViewTestBase {

	@Autowired
	NotificationService notifications;

	@Test
	void the_bell_shows_the_unread_count_in_its_badge_and_label() {
		TestUser user = signInAs(Locale.ENGLISH, Roles.LEARNER);
		graded(user, "Post for Instagram");
		graded(user, "Moderation report");
		navigate(MyLearningView.class);
		NotificationBell bell = find(NotificationBell.class).single();
		assertThat(bell.count()).isEqualTo(2);
		assertThat(bell.button().getAriaLabel()).contains("Notifications, 2 unread");
	}

	@Test
	void the_bell_speaks_french_and_says_when_nothing_is_unread() {
		TestUser user = signInAs(Locale.FRENCH, Roles.TRAINER);
		navigate(NotificationsView.class);
		NotificationBell bell = find(NotificationBell.class).single();
		assertThat(bell.count()).isZero();
		assertThat(bell.button().getAriaLabel()).contains("Notifications, aucune non lue");
		graded(user, "Rapport");
		graded(user, "Analyse");
		UI.getCurrent().navigate("cohorts");
		bell = find(NotificationBell.class).single();
		assertThat(bell.button().getAriaLabel()).contains("Notifications, 2 non lues");
	}

	@Test
	void the_count_is_read_again_after_navigation() {
		TestUser user = signInAs(Locale.ENGLISH, Roles.LEARNER);
		navigate(MyLearningView.class);
		NotificationBell bell = find(NotificationBell.class).single();
		assertThat(bell.count()).isZero();
		graded(user, "Holding statement");
		UI.getCurrent().navigate("catalog");
		assertThat(find(NotificationBell.class).single().count()).isEqualTo(1);
	}

	@Test
	void the_page_lists_notifications_in_the_readers_language_and_marks_them_all_read() {
		TestUser user = signInAs(Locale.ENGLISH, Roles.LEARNER);
		graded(user, "<b>Post</b> for Instagram");
		notifications.notify(new NotificationRequest(user.id(), NotificationKinds.CERTIFICATE_ISSUED,
				List.of("Community manager"), null));
		NotificationsView view = navigate(NotificationsView.class);
		assertThat(view.getPageTitle()).isEqualTo("Notifications");
		assertThat(view.shown()).isEqualTo(2);
		String text = view.getElement().getTextRecursively();
		assertThat(text).contains("Certificate issued: Community manager",
				"You got 8 out of 10 on “<b>Post</b> for Instagram”.", "Unread:");
		assertThat(find(NotificationItem.class).all()).hasSize(2);

		test(view.markAllButton()).click();

		assertThat(notifications.unreadCount()).isZero();
		assertThat(view.markAllButton().isEnabled()).isFalse();
		assertThat(view.getElement().getTextRecursively()).doesNotContain("Unread:");
		assertThat(find(NotificationBell.class).single().count()).isZero();
	}

	@Test
	void the_page_is_paged() {
		TestUser user = signInAs(Locale.FRENCH, Roles.LEARNER);
		for (int i = 1; i <= NotificationsView.PAGE + 3; i++) {
			graded(user, "Devoir " + i);
		}
		NotificationsView view = navigate(NotificationsView.class);
		assertThat(view.shown()).isEqualTo(NotificationsView.PAGE);
		assertThat(view.getElement().getTextRecursively()).contains("Votre travail « Devoir 23 » a été noté");
		assertThat(view.moreButton().isVisible()).isTrue();
		test(view.moreButton()).click();
		assertThat(view.shown()).isEqualTo(NotificationsView.PAGE + 3);
		assertThat(view.moreButton().isVisible()).isFalse();
	}

	@Test
	void an_empty_page_says_what_to_expect() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		NotificationsView view = navigate(NotificationsView.class);
		assertThat(find(EmptyState.class).single().getElement().getTextRecursively()).contains("No notifications yet",
				"when a trainer grades your work");
		assertThat(view.moreButton().isVisible()).isFalse();
		assertThat(view.markAllButton().isEnabled()).isFalse();
	}

	@Test
	void the_popover_lists_the_latest_notifications() {
		TestUser user = signInAs(Locale.ENGLISH, Roles.LEARNER);
		graded(user, "Brief");
		navigate(MyLearningView.class);
		NotificationBell bell = find(NotificationBell.class).single();
		bell.popover().setOpened(true);
		assertThat(bell.popover().getElement().getTextRecursively()).contains("Your work on “Brief” was graded",
				"See all notifications");
	}

	private void graded(TestUser user, String title) {
		notifications.notify(new NotificationRequest(user.id(), NotificationKinds.GRADE_RELEASED,
				List.of(title, "8", "10"), "assignments/some-assignment"));
	}

}
