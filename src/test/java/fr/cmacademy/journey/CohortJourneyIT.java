package fr.cmacademy.journey;

import java.time.LocalDate;
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

		CohortSteps.newOrganisation(page, organisation);
		CohortSteps.newCohort(page, organisation, code, cohortName, LocalDate.now().plusMonths(2));
		assertThat(page.getByText("No learner yet")).isVisible();

		CohortSteps.addMember(page, "Find learners", learner.username(), "Add learners");
		assertThat(page.getByText("1 learner added")).isVisible();
		CohortSteps.addMember(page, "Find trainers", trainer.username(), "Add trainers");
		assertThat(page.getByText("1 trainer added")).isVisible();

		CohortSteps.enrolInCertification(page);
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

}
