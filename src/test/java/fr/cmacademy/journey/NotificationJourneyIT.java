package fr.cmacademy.journey;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.notification.NotificationKinds;
import fr.cmacademy.notification.NotificationRequest;
import fr.cmacademy.notification.NotificationService;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The bell and the notifications page in a real browser, by keyboard where it matters,
 * each state checked with axe-core.
 */
class NotificationJourneyIT extends Journey {

	@Autowired
	NotificationService notifications;

	@Test
	void a_learner_opens_the_bell_goes_to_the_page_and_marks_everything_read() {
		TestUser learner = users.create("bell", Locale.ENGLISH, Roles.LEARNER);
		notifications.notify(new NotificationRequest(learner.id(), NotificationKinds.GRADE_RELEASED,
				List.of("Instagram post", "8", "10"), "catalog"));
		notifications.notify(new NotificationRequest(learner.id(), NotificationKinds.DEADLINE_SOON,
				List.of("Module 1 quiz", "December 20, 2026"), "catalog"));
		Page page = browser.newPage("en-GB");
		signIn(page, learner, "notifications");

		Locator bell = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 2 unread"));
		assertThat(bell).isVisible();
		step(page, "notifications-02-bell");

		bell.focus();
		page.keyboard().press("Enter");
		Locator popover = page.locator("vaadin-popover");
		assertThat(page.getByText("Your work on “Instagram post” was graded")).isVisible();
		step(page, "notifications-03-popover");

		page.getByText("See all notifications").click();
		assertThat(title(page)).hasText("Notifications");
		assertThat(page.locator(".notification-page__list").getByText("“Module 1 quiz” closes soon")).isVisible();
		step(page, "notifications-04-page");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, none unread")))
			.isVisible();
		step(page, "notifications-05-all-read");
		assertThat(popover).not().isVisible();
	}

	@Test
	void a_new_user_sees_an_empty_page_that_says_what_to_expect_in_french() {
		TestUser trainer = users.create("cloche", Locale.FRENCH, Roles.TRAINER);
		Page page = browser.newPage("fr-FR");
		signIn(page, trainer, "notifications-empty");
		page.navigate(url("/notifications"));
		assertThat(title(page)).hasText("Notifications");
		assertThat(page.getByText("Aucune notification pour l’instant")).isVisible();
		step(page, "notifications-empty-02-page-fr");
	}

}
