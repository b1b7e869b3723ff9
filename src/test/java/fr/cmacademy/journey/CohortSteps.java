package fr.cmacademy.journey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin's steps on the cohort pages (English UI), shared by the journeys that build a
 * cohort: an organisation, a cohort with a deadline, members, the certification.
 */
final class CohortSteps {

	private CohortSteps() {
	}

	/** On the cohorts list: creates an organisation. */
	static void newOrganisation(Page page, String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New organisation")).first().click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("Name").fill(name);
		Journey.step(page, "cohort-admin-03-new-organisation");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create")).click();
		assertThat(page.getByText(name).first()).isVisible();
	}

	/**
	 * On the cohorts list: creates a cohort due at 17:00 on {@code deadline}; ends on the
	 * cohort's page.
	 */
	static void newCohort(Page page, String organisation, String code, String name, LocalDate deadline) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New cohort")).click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("Organisation").fill(organisation);
		page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(organisation)).click();
		dialog.getByLabel("Code").fill(code);
		dialog.getByLabel("Name").fill(name);
		dialog.getByLabel("Date").fill(deadline.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
		dialog.getByLabel("Date").press("Enter");
		dialog.getByLabel("Time").fill("17:00");
		dialog.getByLabel("Time").press("Enter");
		Journey.step(page, "cohort-admin-04-new-cohort");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create")).click();
		assertThat(Journey.title(page)).hasText(name);
		assertThat(page.getByText(code, new Page.GetByTextOptions().setExact(true))).isVisible();
	}

	/** On a cohort's page: finds a user by user name in {@code field} and adds them. */
	static void addMember(Page page, String field, String username, String button) {
		page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(field)).click();
		page.keyboard().type(username, new Keyboard.TypeOptions().setDelay(20));
		Locator item = page.locator("vaadin-multi-select-combo-box-item:not([hidden])")
			.filter(new Locator.FilterOptions().setHasText(username));
		assertThat(item).hasCount(1);
		item.click();
		page.keyboard().press("Escape");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

	/** On a cohort's page: enrols the cohort in the certification programme. */
	static void enrolInCertification(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Programme").setExact(true)).click();
		page.locator("vaadin-select-item")
			.filter(new Locator.FilterOptions().setHasText("Community Manager Certification"))
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol the cohort")).click();
	}

}
