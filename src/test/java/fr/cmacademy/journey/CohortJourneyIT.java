package fr.cmacademy.journey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin creates an organisation and a cohort with a deadline, adds a learner and a
 * trainer and enrols the cohort in the certification; the learner finds the programme on
 * their dashboard and the trainer finds the cohort on their home.
 */
class CohortJourneyIT extends Journey {

	@Test
	void admin_builds_a_cohort_the_learner_sees_the_programme_and_the_trainer_the_cohort() {
		String token = UUID.randomUUID().toString().substring(0, 6);
		TestUser admin = users.create("cohort-admin", Locale.ENGLISH, Roles.ADMIN);
		TestUser learner = users.create("cohort-learner", Locale.ENGLISH, Roles.LEARNER);
		TestUser trainer = users.create("cohort-trainer", Locale.ENGLISH, Roles.TRAINER);
		String organisation = "Acme Retail " + token;
		String cohortName = "Acme spring " + token;
		String code = "ACME-" + token;

		Page page = browser.newPage("en-GB");
		page.setViewportSize(1440, 900);
		signIn(page, admin, "cohort-admin");
		page.navigate(url("/admin/cohorts"));
		assertThat(title(page)).hasText("Organisations and cohorts");
		step(page, "cohort-admin-02-list");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New organisation")).first().click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("Name").fill(organisation);
		step(page, "cohort-admin-03-new-organisation");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create")).click();
		assertThat(page.locator("vaadin-grid-cell-content").getByText(organisation)).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New cohort")).click();
		dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("Organisation").fill(organisation);
		page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(organisation)).click();
		dialog.getByLabel("Code").fill(code);
		dialog.getByLabel("Name").fill(cohortName);
		LocalDate deadline = LocalDate.now().plusMonths(2);
		dialog.getByLabel("Date").fill(deadline.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
		dialog.getByLabel("Date").press("Enter");
		dialog.getByLabel("Time").fill("17:00");
		dialog.getByLabel("Time").press("Enter");
		step(page, "cohort-admin-04-new-cohort");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create")).click();

		assertThat(title(page)).hasText(cohortName);
		assertThat(page.getByText(code, new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(page.getByText("No learner yet")).isVisible();

		addMember(page, "Find learners", learner, "Add learners");
		assertThat(page.getByText("1 learner added")).isVisible();
		addMember(page, "Find trainers", trainer, "Add trainers");
		assertThat(page.getByText("1 trainer added")).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Programme").setExact(true)).click();
		page.locator("vaadin-select-item")
			.filter(new Locator.FilterOptions().setHasText("Community Manager Certification"))
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol the cohort")).click();
		assertThat(page.getByText("1 learner newly enrolled")).isVisible();
		assertThat(page.locator("vaadin-grid-cell-content").getByText(learner.displayName())).isVisible();
		step(page, "cohort-admin-05-cohort");

		Page learnerPage = browser.newPage("en-GB");
		signIn(learnerPage, learner, "cohort-learner");
		learnerPage.navigate(url("/learning"));
		assertThat(learnerPage.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Community Manager Certification")))
			.isVisible();
		step(learnerPage, "cohort-learner-02-dashboard");

		Page trainerPage = browser.newPage("en-GB");
		signIn(trainerPage, trainer, "cohort-trainer");
		trainerPage.navigate(url("/cohorts"));
		assertThat(title(trainerPage)).hasText("My cohorts");
		assertThat(trainerPage.getByText(cohortName)).isVisible();
		assertThat(trainerPage.getByText("1 learner")).isVisible();
		assertThat(
				trainerPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gradebook of " + cohortName)))
			.hasAttribute("href", java.util.regex.Pattern.compile(".*gradebook\\?cohort=\\d+"));
		step(trainerPage, "cohort-trainer-02-cohorts");
	}

	private void addMember(Page page, String field, TestUser user, String button) {
		page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(field)).click();
		page.keyboard().type(user.username(), new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(20));
		Locator item = page.locator("vaadin-multi-select-combo-box-item:not([hidden])")
			.filter(new Locator.FilterOptions().setHasText(user.username()));
		assertThat(item).hasCount(1);
		item.click();
		page.keyboard().press("Escape");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

}
