package fr.cmacademy.privacy.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.account.ui.ProfileView;
import fr.cmacademy.privacy.PrivacyFixture;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyViewsTest extends ViewTestBase {

	private static final String NOT_AVAILABLE = "does not exist or is not available to you";

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_profile_leads_to_my_data_where_the_learner_downloads_asks_and_withdraws() throws Exception {
		TestUser learner = signInAs(Locale.ENGLISH, Roles.LEARNER);
		navigate(ProfileView.class);
		assertThat(elements(getCurrentView().getElement()))
			.anyMatch(e -> !e.isTextNode() && e.getTag().equals("a") && "my-data".equals(e.getAttribute("href")));

		MyDataView view = navigate(MyDataView.class);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		test(view.download).download(zip);
		String data = new String(PrivacyFixture.unzip(zip.toByteArray()).get("data.json"), StandardCharsets.UTF_8);
		assertThat(data).contains(learner.username(), learner.displayName());
		assertThat(view.cancelRequest.isVisible()).isFalse();

		test(view.requestDeletion).click();
		ConfirmDialog dialog = $(ConfirmDialog.class).single();
		test(dialog).cancel();
		assertThat(state(learner)).isNull();

		test(view.requestDeletion).click();
		test($(ConfirmDialog.class).last()).confirm();
		assertThat(state(learner)).isEqualTo("PENDING");
		assertThat(view.requestDeletion.isVisible()).isFalse();
		assertThat(view.status.getElement().getAttribute("data-state")).isEqualTo("PENDING");

		test(view.cancelRequest).click();
		assertThat(state(learner)).isEqualTo("CANCELLED");
		assertThat(view.requestDeletion.isVisible()).isTrue();
	}

	@Test
	void admins_erase_a_pending_request_from_the_list() {
		TestUser learner = signInAs(Locale.FRENCH, Roles.LEARNER);
		navigate(MyDataView.class);
		MyDataView mine = (MyDataView) getCurrentView();
		test(mine.requestDeletion).click();
		test($(ConfirmDialog.class).single()).confirm();
		long request = jdbc.sql("SELECT id FROM privacy_request WHERE user_id = :u AND state = 'PENDING'")
			.param("u", learner.id())
			.query(Long.class)
			.single();

		signInAs(Locale.FRENCH, Roles.ADMIN);
		PrivacyRequestsView view = navigate(PrivacyRequestsView.class);
		assertThat(view.count.getText()).contains("en attente");
		assertThat(view.grid.getGenericDataView().getItems().map(r -> r.id())).contains(request);
		view.erase(request);
		assertThat(state(learner)).isEqualTo("ERASED");
		test(view.show).selectItem("Traitées");
		assertThat(view.grid.getGenericDataView().getItems().map(r -> r.id())).contains(request);
		assertThat(view.grid.getGenericDataView()
			.getItems()
			.filter(r -> r.id() == request)
			.findFirst()
			.orElseThrow()
			.displayName()).isEqualTo("Utilisateur supprimé / Deleted user");
	}

	@Test
	void the_requests_page_is_not_found_for_learners_and_trainers() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("admin/privacy");
		assertThat(getCurrentView().getClass().getSimpleName()).isIn("NotFoundPage", "AccessDeniedPage");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains(NOT_AVAILABLE);
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		UI.getCurrent().navigate("admin/privacy");
		assertThat(getCurrentView().getClass().getSimpleName()).isIn("NotFoundPage", "AccessDeniedPage");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains(NOT_AVAILABLE);
		UI.getCurrent().navigate("my-data");
		assertThat(getCurrentView()).isInstanceOf(MyDataView.class);
	}

	private static java.util.stream.Stream<Element> elements(Element root) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
				root.getChildren().flatMap(PrivacyViewsTest::elements));
	}

	private String state(TestUser user) {
		return jdbc.sql("SELECT state FROM privacy_request WHERE user_id = :u ORDER BY id DESC LIMIT 1")
			.param("u", user.id())
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
