package fr.cmacademy.certificate.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate views with the real services: a learner with nothing yet is told what
 * to do, an admin issues a certificate by hand with a reason, and the public page answers
 * an unknown code.
 */
class CertificateViewsTest extends ViewTestBase {

	@Autowired
	JdbcClient jdbc;

	private TestUser learner;

	@AfterEach
	void removeCertificates() {
		if (learner != null) {
			jdbc.sql("DELETE FROM certificate WHERE user_id = :u").param("u", learner.id()).update();
		}
	}

	@Test
	void a_learner_without_certificates_sees_how_to_earn_one() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		MyCertificatesView view = navigate(MyCertificatesView.class);
		assertThat(view.getElement().getTextRecursively()).contains("No certificate yet", "Continue learning");
	}

	@Test
	void an_admin_issues_a_certificate_by_hand_with_a_reason() {
		learner = users.create("holder", Locale.FRENCH, Roles.LEARNER);
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		CertificateAdminView view = navigate(CertificateAdminView.class);
		assertThat(view.grid.getEmptyStateText()).startsWith("No certificate or badge issued yet");
		assertThat(view.keys.getEmptyStateText()).startsWith("No key yet");
		view.learner.setValue(learner.username());
		view.programme.setValue(view.programme.getListDataView()
			.getItems()
			.filter(p -> p.programmeId().equals("cm-certification"))
			.findFirst()
			.orElseThrow());
		test(view.issue).click();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM certificate WHERE user_id = :u")
			.param("u", learner.id())
			.query(Integer.class)
			.single()).isZero();

		view.reason.setValue("Certified at the 2026 on-site session");
		test(view.issue).click();
		assertThat(view.grid.getListDataView().getItems().map(Certificate::holderName)).contains(learner.displayName());
		assertThat(view.keys.getListDataView().getItems()).isNotEmpty();
	}

	@Test
	void the_public_page_says_when_a_code_is_unknown() {
		TestUsers.signOut();
		UI.getCurrent().setLocale(Locale.ENGLISH);
		VerifyView view = navigate("verify/ABCDE-ABCDE-ABCDE-ABCDE", VerifyView.class);
		assertThat(view.code.getValue()).isEqualTo("ABCDE-ABCDE-ABCDE-ABCDE");
		assertThat(view.result.getElement().getTextRecursively()).contains("Unknown code");
	}

}
