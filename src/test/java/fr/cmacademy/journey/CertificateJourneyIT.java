package fr.cmacademy.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestClock;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateAdminService;
import fr.cmacademy.certificate.CertificateFixture;
import fr.cmacademy.certificate.CertificateKind;
import fr.cmacademy.certificate.CertificateService;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.learning.ProgressService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A learner completes a small certified programme and finds the certificate and the
 * module badge; the PDF downloads; the public page says valid (code typed by hand), then
 * revoked after an admin revokes it, and a later certificate expired once the
 * application's clock passes its validity.
 */
@Import(TestClock.Config.class)
class CertificateJourneyIT extends Journey {

	@Autowired
	ProgressService progress;

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateAdminService admin;

	@Autowired
	ContentSyncService sync;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private CertificateFixture fixture;

	@BeforeEach
	void programme() {
		fixture = new CertificateFixture(users, jdbc, sync);
	}

	@AfterEach
	void cleanUp() {
		clock.reset();
		fixture.cleanUp();
	}

	@Test
	void learner_earns_downloads_and_verifies_a_certificate_then_it_is_revoked_and_a_renewal_expires()
			throws Exception {
		TestUser learner = fixture.learner(Locale.FRENCH);
		fixture.completeProgramme(learner, progress);
		Certificate certificate = certificates.mine()
			.stream()
			.filter(c -> c.kind() == CertificateKind.CERTIFICATE)
			.findFirst()
			.orElseThrow();
		TestUsers.signOut();

		Page page = browser.newPage("fr-FR");
		signIn(page, learner, "certificate");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Certificats")).first().click();
		assertThat(title(page)).hasText("Mes certificats");
		assertThat(page.getByText("Testeur certifié")).isVisible();
		assertThat(page.getByText(certificate.displayCode())).isVisible();
		assertThat(page.getByText("Badges de modules")).isVisible();
		step(page, "certificate-02-my-certificates");

		// The links download with the learner's session; fetched through the page's own
		// request context (Chromium's download manager sometimes cancels in headless
		// runs).
		byte[] pdfBytes = fetch(page, "Télécharger le PDF", "application/pdf");
		Path pdf = Path.of("target", "screenshots", "certificate-03-download.pdf");
		Files.createDirectories(pdf.getParent());
		Files.write(pdf, pdfBytes);
		try (PDDocument document = Loader.loadPDF(pdfBytes)) {
			org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
				.contains(learner.displayName(), "Testeur certifié", certificate.displayCode());
		}
		String json = new String(fetch(page, "Télécharger le certificat numérique (.json)", "application/ld+json"),
				StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(json).contains("OpenBadgeCredential", "eddsa-rdfc-2022");

		page.navigate(url("/verify"));
		page.getByLabel("Code de vérification").fill(certificate.displayCode().toLowerCase(Locale.ROOT));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier")).click();
		assertThat(page.getByText("Certificat valide")).isVisible();
		assertThat(page.getByText(learner.displayName())).isVisible();
		step(page, "certificate-04-verify-valid");

		page.navigate(url("/verify"));
		upload(page, "credential.json", json);
		assertThat(page.getByText("Certificat valide")).isVisible();
		page.navigate(url("/verify"));
		upload(page, "tampered.json", json.replace("Testeur certifié", "Testeur certifiè"));
		assertThat(page.getByText("Certificat numérique non authentique")).isVisible();
		step(page, "certificate-04b-verify-tampered-file");

		TestUser registrar = fixture.admin();
		Page adminPage = browser.newPage("en-GB");
		signIn(adminPage, registrar, "certificate-admin");
		adminPage.navigate(url("/admin/certificates"));
		assertThat(title(adminPage)).hasText("Certificate management");
		assertThat(adminPage.getByText(certificate.displayCode())).isVisible();
		step(adminPage, "certificate-admin-02-list");

		users.signIn(registrar);
		admin.revoke(certificate.id(), "Délivré par erreur");
		page.navigate(url("/verify/" + certificate.code()));
		assertThat(page.getByText("Certificat révoqué")).isVisible();
		step(page, "certificate-05-verify-revoked");

		Certificate renewed = admin.issue(learner.username(), fixture.content.programmeId, "Examen repassé sur place");
		TestUsers.signOut();
		page.navigate(url("/verify/" + renewed.code()));
		assertThat(page.getByText("Certificat valide")).isVisible();
		clock.advance(Duration.ofDays(25 * 31));
		page.navigate(url("/verify/" + renewed.code()));
		assertThat(page.getByText("Certificat expiré")).isVisible();
		step(page, "certificate-06-verify-expired");

		page.navigate(url("/verify/ABCDE-ABCDE-ABCDE-ABCDE"));
		assertThat(page.getByText("Code inconnu")).isVisible();
		step(page, "certificate-07-verify-unknown");
	}

	private static void upload(Page page, String name, String json) {
		page.locator("vaadin-upload input[type=file]")
			.setInputFiles(new FilePayload(name, "application/json", json.getBytes(StandardCharsets.UTF_8)));
	}

	private byte[] fetch(Page page, String linkName, String mediaType) {
		Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkName)).first();
		assertThat(link).hasAttribute("download", "");
		APIResponse response = page.request().get(url("/" + link.getAttribute("href")));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).startsWith(mediaType);
		org.assertj.core.api.Assertions.assertThat(response.headers().get("content-disposition"))
			.startsWith("attachment");
		return response.body();
	}

}
