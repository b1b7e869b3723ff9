package fr.cmacademy.journey;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.userimport.ImportFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin imports a CSV file of eight users (five good, three bad) into an intake
 * cohort; the report names the three bad rows; the admin then creates a cohort with a
 * deadline, adds an imported learner and enrols the cohort in the certification; that
 * learner signs in with the password from the file and finds the programme.
 */
class CsvImportJourneyIT extends Journey {

	@Autowired
	ImportFixture fixture;

	@Test
	void admin_imports_five_good_and_three_bad_rows_and_a_learner_finds_the_programme() throws Exception {
		String t = ImportFixture.token();
		String code = "JRN-" + t;
		// The file puts everyone in an intake cohort that follows no programme yet.
		fixture.cohort(code);
		Path csv = Files.createTempFile("users-", ".csv");
		Files.writeString(csv, """
				Identifiant;Prénom;Nom;Courriel;Langue;Rôles;Promotion;Mot de passe
				ana-%1$s;Ana;Martin;ana-%1$s@example.test;fr;apprenant;%2$s;des moutons dans le pré
				ben-%1$s;Ben;Petit;ben-%1$s@example.test;en;learner;%2$s;
				cleo-%1$s;Cléo;Dubois;cleo-%1$s@example.test;fr;apprenant;%2$s;
				dan-%1$s;Dan;Leroy;dan-not-an-email;en;learner;%2$s;
				eve-%1$s;Ève;Moreau;eve-%1$s@example.test;;formateur;%2$s;
				fay-%1$s;Fay;Durand;fay-%1$s@example.test;en;learner;NOPE-%1$s;
				ana-%1$s;Ana;Bis;ana2-%1$s@example.test;fr;apprenant;%2$s;
				gus-%1$s;Gus;Bernard;gus-%1$s@example.test;en;;;
				""".formatted(t, code), Charset.forName("windows-1252"));

		TestUser admin = users.create("admin", Locale.ENGLISH, Roles.ADMIN);
		Page page = browser.newPage("en-GB");
		page.setViewportSize(1440, 1000);
		// The first page of a fresh server can be slow on a busy machine.
		page.navigate(url("/login"));
		page.locator("vaadin-login-form").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
		signIn(page, admin, "import");
		page.navigate(url("/admin/import"));
		assertThat(title(page)).hasText("Import users");
		step(page, "import-02-upload-en");

		FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Choose a CSV file…").click());
		chooser.setFiles(csv);
		page.waitForURL("**/admin/import/*");
		assertThat(page.getByText("Will be created").first()).isVisible();
		assertThat(page.getByText("windows-1252")).isVisible();
		assertThat(page.locator("vaadin-grid-cell-content").getByText("Cléo")).isVisible();
		step(page, "import-03-mapping-preview-en");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import")).click();
		assertThat(page.getByText("Refused rows")).isVisible();
		assertThat(page.getByText("3 problems, listed by row")).isVisible();
		assertThat(page.locator("vaadin-grid-cell-content").getByText("This e-mail address is not valid.")).isVisible();
		assertThat(page.locator("vaadin-grid-cell-content").getByText("No cohort has the code “NOPE-" + t + "”."))
			.isVisible();
		assertThat(
				page.locator("vaadin-grid-cell-content").getByText("This user name is already on row 2 of the file."))
			.isVisible();
		step(page, "import-04-report-en");
		String report = page.url();

		Download download = page.waitForDownload(() -> page.getByText("Download the problems (CSV)").click());
		String problems = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(problems.lines()).hasSize(4);
		assertThat(problems).startsWith("\uFEFFRow,Field,Problem")
			.contains("5,E-mail,", "7,Cohort code,", "8,User name,");

		// A cohort with a deadline, built in the admin's pages, enrols an imported
		// learner.
		String organisation = "Import org " + t;
		String cohort = "Import spring " + t;
		page.navigate(url("/admin/cohorts"));
		CohortSteps.newOrganisation(page, organisation);
		CohortSteps.newCohort(page, organisation, "SPR-" + t, cohort, LocalDate.now().plusWeeks(6));
		CohortSteps.addMember(page, "Find learners", "ana-" + t, "Add learners");
		assertThat(page.getByText("1 learner added")).isVisible();
		CohortSteps.enrolInCertification(page);
		assertThat(page.getByText("1 learner newly enrolled")).isVisible();
		step(page, "import-05-cohort-en");

		page.navigate(report);
		switchLanguage(page, "Français");
		assertThat(page.getByText("Lignes refusées")).isVisible();
		step(page, "import-06-report-fr");
		page.navigate(url("/admin/import"));
		assertThat(page.locator("vaadin-grid-cell-content").getByText("Terminé").first()).isVisible();
		step(page, "import-07-recent-fr");
		signOut(page, "Se déconnecter");

		page.navigate(url("/login"));
		fillLogin(page, "ana-" + t, "des moutons dans le pré");
		page.waitForURL(u -> !u.contains("/login"));
		assertThat(title(page)).hasText("Mon parcours");
		assertThat(page.getByText("Certification Community Manager").first()).isVisible();
		step(page, "import-08-learner-dashboard-fr");
	}

}
