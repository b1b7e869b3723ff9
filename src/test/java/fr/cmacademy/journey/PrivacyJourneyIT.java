package fr.cmacademy.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateAdminService;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.privacy.PrivacyFixture;
import fr.cmacademy.privacy.PrivacyFixture.Person;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A learner downloads their data from their profile (the zip holds their profile and
 * certificate) and asks for deletion; an admin erases them from the requests page; the
 * public page still says their certificate is valid and checks the printed name.
 */
class PrivacyJourneyIT extends Journey {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgressService progress;

	@Autowired
	CertificateAdminService certificates;

	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		created.forEach(id -> {
			jdbc.sql("DELETE FROM certificate WHERE user_id = :id").param("id", id).update();
			jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", id).update();
		});
	}

	@Test
	void learner_downloads_and_asks_for_deletion_admin_erases_and_the_certificate_still_verifies() throws Exception {
		Person person = new PrivacyFixture(users, jdbc).learner(Locale.FRENCH);
		TestUser learner = person.user();
		created.add(learner.id());
		TestUser admin = users.create("privacy-admin", Locale.ENGLISH, Roles.ADMIN);
		created.add(admin.id());
		users.signIn(learner);
		progress.enrol("cm-certification");
		users.signIn(admin);
		Certificate certificate = certificates.issue(learner.username(), "cm-certification", "Session de rattrapage");
		TestUsers.signOut();

		Page page = browser.newPage("fr-FR");
		signIn(page, learner, "privacy-learner");
		page.navigate(url("/admin/privacy"));
		assertThat(page.getByText("Cette page n’existe pas")).isVisible();

		page.navigate(url("/profile"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger ou supprimer mes données"))
			.click();
		assertThat(title(page)).hasText("Mes données");
		step(page, "privacy-01-my-data");

		Locator download = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Télécharger mes données (zip)"));
		assertThat(download).hasAttribute("download", "");
		APIResponse response = page.request().get(url("/" + download.getAttribute("href")));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type"))
			.startsWith("application/zip");
		Path zip = Path.of("target", "screenshots", "privacy-02-my-data.zip");
		Files.createDirectories(zip.getParent());
		Files.write(zip, response.body());
		Map<String, byte[]> entries = PrivacyFixture.unzip(response.body());
		org.assertj.core.api.Assertions.assertThat(new String(entries.get("data.json"), StandardCharsets.UTF_8))
			.contains(learner.displayName(), person.email(), "cm-certification", certificate.displayCode());
		org.assertj.core.api.Assertions.assertThat(entries.keySet())
			.anyMatch(name -> name.startsWith("attachments/certificates/") && name.endsWith(".pdf"));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander la suppression")).click();
		assertThat(page.getByText("Demander l’effacement de vos données ?")).isVisible();
		step(page, "privacy-03-confirm");
		dialogButton(page, "Demander la suppression").click();
		assertThat(page.getByText("La demande attend un administrateur")).isVisible();
		step(page, "privacy-04-pending");
		signOut(page, "Se déconnecter");

		Page adminPage = browser.newPage("en-GB");
		signIn(adminPage, admin, "privacy-admin");
		adminPage.navigate(url("/admin/privacy"));
		assertThat(title(adminPage)).hasText("Privacy requests");
		assertThat(adminPage.getByText(learner.displayName())).isVisible();
		step(adminPage, "privacy-05-requests");
		adminPage
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Erase the data of " + learner.displayName()))
			.click();
		assertThat(adminPage.getByText("This cannot be undone", new Page.GetByTextOptions())).isVisible();
		step(adminPage, "privacy-06-erase-confirm");
		dialogButton(adminPage, "Erase for good").click();
		assertThat(adminPage.getByText("The user’s data is erased.")).isVisible();
		assertThat(adminPage.getByText(learner.displayName())).hasCount(0);
		step(adminPage, "privacy-07-erased");
		adminPage.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Processed")).check();
		assertThat(adminPage.getByText("Erased").first()).isVisible();
		step(adminPage, "privacy-08-processed");

		Page visitor = browser.newPage("en-GB");
		visitor.navigate(url("/verify/" + certificate.code()));
		assertThat(visitor.getByText("Valid certificate")).isVisible();
		assertThat(visitor.getByText("Name erased at the holder’s request")).isVisible();
		visitor.getByLabel("Name printed on the certificate").fill(learner.displayName());
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the name")).click();
		assertThat(visitor.getByText("Yes: this certificate was issued to that name.")).isVisible();
		step(visitor, "privacy-09-verify-erased-holder");
		visitor.getByLabel("Name printed on the certificate").fill("Someone Else");
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the name")).click();
		assertThat(visitor.getByText("No: this certificate was not issued to that name")).isVisible();
		step(visitor, "privacy-10-verify-wrong-name");
	}

	private static Locator dialogButton(Page page, String text) {
		return page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText(text))
			.first();
	}

}
