package fr.cmacademy.certificate;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.ServerTest;
import fr.cmacademy.TestClock;
import fr.cmacademy.TestHttp;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.learning.ProgressService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification over HTTP, as an employer's browser or script sees it: valid, revoked,
 * expired (by the application's clock), unknown; guessing is throttled per address; a
 * learner downloads only their own files; the issuer's keys are public.
 */
@ServerTest
@Import(TestClock.Config.class)
class VerificationIT {

	@LocalServerPort
	int port;

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateAdminService admin;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentSyncService sync;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private CertificateFixture fixture;

	private TestHttp http;

	private TestUser learner;

	private Certificate certificate;

	@BeforeEach
	void issue() {
		http = new TestHttp(port);
		fixture = new CertificateFixture(users, jdbc, sync);
		learner = fixture.learner(Locale.ENGLISH);
		fixture.completeProgramme(learner, progress);
		certificate = certificates.mine()
			.stream()
			.filter(c -> c.kind() == CertificateKind.CERTIFICATE)
			.findFirst()
			.orElseThrow();
	}

	@AfterEach
	void cleanUp() {
		clock.reset();
		fixture.cleanUp();
	}

	@Test
	void a_code_is_valid_then_revoked() throws Exception {
		HttpResponse<String> valid = get("/api/verify/" + certificate.displayCode().toLowerCase(Locale.ROOT));
		assertThat(valid.statusCode()).isEqualTo(200);
		assertThat(valid.body()).contains("\"outcome\":\"VALID\"", learner.displayName(), "Certified tester")
			.doesNotContain(learner.username());

		users.signIn(fixture.admin());
		admin.revoke(certificate.id(), "Issued by mistake");
		assertThat(get("/api/verify/" + certificate.code()).body()).contains("\"outcome\":\"REVOKED\"", "revokedAt")
			.doesNotContain("Issued by mistake");
	}

	@Test
	void a_code_expires_with_the_applications_clock() throws Exception {
		clock.advance(Duration.ofDays(2 * 366));
		assertThat(get("/api/verify/" + certificate.code()).body()).contains("\"outcome\":\"EXPIRED\"");
	}

	@Test
	void an_unknown_code_is_404_and_guessing_from_one_address_is_throttled() throws Exception {
		// The misses are recorded a day in the past so that resetting the clock forgets
		// them.
		clock.advance(Duration.ofDays(-1));
		assertThat(get("/api/verify/00000-00000-00000-00000").statusCode()).isEqualTo(404);
		assertThat(get("/api/verify/not-a-code").statusCode()).isEqualTo(404);
		for (int i = 0; i < 18; i++) {
			get("/api/verify/" + VerificationCodes.generate());
		}
		HttpResponse<String> locked = get("/api/verify/" + certificate.code());
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.body()).doesNotContain(learner.displayName());
		clock.reset();
		assertThat(get("/api/verify/" + certificate.code()).statusCode()).isEqualTo(200);
	}

	@Test
	void the_verification_page_and_the_issuers_keys_are_public() throws Exception {
		HttpResponse<String> page = get("/verify/" + certificate.code());
		assertThat(page.statusCode()).as(page.headers().map().toString()).isEqualTo(200);
		HttpResponse<String> keys = get("/issuer/jwks.json");
		assertThat(keys.statusCode()).isEqualTo(200);
		assertThat(keys.body()).contains("\"kty\":\"OKP\"", "\"crv\":\"Ed25519\"");
		assertThat(get("/issuer").body()).contains("\"Profile\"");
		String keyPath = certificateKeyPath();
		HttpResponse<String> key = get(keyPath);
		assertThat(key.statusCode()).isEqualTo(200);
		assertThat(key.body()).contains("\"Multikey\"", "\"publicKeyMultibase\":\"z6Mk");
		assertThat(get("/issuer/revocations").statusCode()).isEqualTo(200);
	}

	@Test
	void a_learner_downloads_their_own_pdf_but_not_anothers_by_url() throws Exception {
		HttpClient owner = TestHttp.client();
		http.login(owner, learner.username(), TestUsers.PASSWORD);
		HttpResponse<byte[]> pdf = owner.send(http.get("/certificates/" + certificate.id() + "/pdf"),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

		TestUser other = fixture.learner(Locale.FRENCH);
		HttpClient stranger = TestHttp.client();
		http.login(stranger, other.username(), TestUsers.PASSWORD);
		assertThat(stranger
			.send(http.get("/certificates/" + certificate.id() + "/pdf"), HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(404);
		assertThat(stranger
			.send(http.get("/certificates/" + certificate.id() + "/credential"), HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(404);
		int anonymous = TestHttp.client()
			.send(http.get("/certificates/" + certificate.id() + "/pdf"), HttpResponse.BodyHandlers.discarding())
			.statusCode();
		assertThat(anonymous).isNotEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return TestHttp.client().send(http.get(path), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The path of the key that signed the learner's credential, as its proof names it.
	 */
	private String certificateKeyPath() {
		String json = new String(certificates.credential(certificate.id()).orElseThrow().data(),
				java.nio.charset.StandardCharsets.UTF_8);
		String method = json.replaceAll(".*\"verificationMethod\":\"([^\"]+)\".*", "$1");
		return java.net.URI.create(method).getPath();
	}

}
