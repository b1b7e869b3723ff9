package fr.cmacademy.certificate;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.certificate.Verification.CredentialCheck;
import fr.cmacademy.certificate.Verification.Outcome;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.learning.ProgressService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed Open Badges 3.0 credential: well-formed, verified by the application with
 * bundled contexts only, and rejected as soon as one character changes; keys rotate
 * without breaking what older keys signed.
 */
@IntegrationTest
class CertificateCredentialIT {

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateAdminService admin;

	@Autowired
	VerificationService verification;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentSyncService sync;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private CertificateFixture fixture;

	private String json;

	@BeforeEach
	void issue() {
		fixture = new CertificateFixture(users, jdbc, sync);
		TestUser learner = fixture.learner(Locale.FRENCH);
		fixture.completeProgramme(learner, progress);
		Certificate certificate = certificates.mine()
			.stream()
			.filter(c -> c.kind() == CertificateKind.CERTIFICATE)
			.findFirst()
			.orElseThrow();
		json = new String(certificates.credential(certificate.id()).orElseThrow().data(), StandardCharsets.UTF_8);
	}

	@AfterEach
	void cleanUp() {
		fixture.cleanUp();
	}

	@Test
	void the_credential_is_an_open_badge_signed_with_eddsa_rdfc_2022() {
		assertThat(json).contains("\"OpenBadgeCredential\"", "\"AchievementSubject\"", "\"validFrom\"",
				"\"validUntil\"", "\"credentialStatus\"", "\"criteria\"", "\"DataIntegrityProof\"",
				"\"eddsa-rdfc-2022\"", "\"proofValue\":\"z",
				"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "Testeur certifié",
				"Tester sans relâche");
	}

	@Test
	void the_untouched_credential_verifies_and_one_changed_character_does_not() {
		CredentialCheck untouched = verification.verifyCredential(json, "198.51.100.7");
		assertThat(untouched.signatureValid()).as(untouched.reason()).isTrue();
		assertThat(untouched.verification().outcome()).isEqualTo(Outcome.VALID);

		String tampered = json.replace("Testeur certifié", "Testeur certifiè");
		assertThat(tampered).isNotEqualTo(json);
		CredentialCheck check = verification.verifyCredential(tampered, "198.51.100.7");
		assertThat(check.signatureValid()).isFalse();
		assertThat(check.verification().outcome()).isEqualTo(Outcome.UNKNOWN);

		int at = json.indexOf("\"validFrom\":\"") + "\"validFrom\":\"".length() + 3;
		String otherDate = json.substring(0, at) + (json.charAt(at) == '7' ? '8' : '7') + json.substring(at + 1);
		assertThat(verification.verifyCredential(otherDate, "198.51.100.7").signatureValid()).isFalse();
	}

	@Test
	void a_credential_needing_a_context_from_the_network_is_refused_without_fetching_it() {
		String remote = json.replace("\"@context\":[", "\"@context\":[\"https://example.invalid/context.jsonld\",");
		assertThat(verification.verifyCredential(remote, "198.51.100.8").signatureValid()).isFalse();
		assertThat(verification.verifyCredential("not json", "198.51.100.8").signatureValid()).isFalse();
	}

	@Test
	void credentials_signed_before_a_key_rotation_still_verify_and_the_keys_are_published() {
		TestUser registrar = fixture.admin();
		users.signIn(registrar);
		CertificateAdminService.IssuerKey key = admin.rotateKey();
		assertThat(admin.keys()).extracting(CertificateAdminService.IssuerKey::id).contains(key.id());
		assertThat(verification.verifyCredential(json, "198.51.100.9").signatureValid()).isTrue();
		assertThat(verification.keySet()).contains("\"crv\":\"Ed25519\"", key.url()).doesNotContain("\"d\"");
	}

}
