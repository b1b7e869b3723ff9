package fr.cmacademy.shared;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.admin.ui.PlatformView;
import fr.cmacademy.cohort.ui.MyCohortsView;
import fr.cmacademy.learning.ui.MyLearningView;

import static org.assertj.core.api.Assertions.assertThat;

class ShellTest extends ViewTestBase {

	@Test
	void learner_lands_on_my_learning_and_sees_only_learner_menu() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("");
		assertThat(getCurrentView()).isInstanceOf(MyLearningView.class);
		assertThat(menuLabels()).containsExactly("My learning", "Catalogue", "My grades", "Certificates");
	}

	@Test
	void trainer_lands_on_my_cohorts() {
		signInAs(Locale.FRENCH, Roles.TRAINER);
		UI.getCurrent().navigate("");
		assertThat(getCurrentView()).isInstanceOf(MyCohortsView.class);
		assertThat(menuLabels()).containsExactly("Mes promotions", "À corriger", "Carnet de notes",
				"Édition de contenus");
	}

	@Test
	void admin_lands_on_platform_and_sees_admin_entries() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		UI.getCurrent().navigate("");
		assertThat(getCurrentView()).isInstanceOf(PlatformView.class);
		assertThat(menuLabels()).containsExactly("My cohorts", "To grade", "Gradebook", "Authoring", "Users",
				"Organisations & cohorts", "Import users", "Platform", "Certificate management", "Privacy requests",
				"Audit log");
	}

	@Test
	void user_with_several_roles_sees_every_menu_they_may_open() {
		signInAs(Locale.ENGLISH, Roles.LEARNER, Roles.TRAINER);
		navigate(MyLearningView.class);
		assertThat(menuLabels()).containsExactly("My learning", "Catalogue", "My grades", "Certificates", "My cohorts",
				"To grade", "Gradebook", "Authoring");
	}

	@Test
	void learner_opening_an_admin_page_by_url_is_refused() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("platform");
		assertThat(getCurrentView()).isNotInstanceOf(PlatformView.class).isInstanceOf(ErrorPage.class);
	}

	@Test
	void learner_opening_a_trainer_page_by_url_is_refused() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("cohorts");
		assertThat(getCurrentView()).isInstanceOf(ErrorPage.class);
	}

	@Test
	void trainer_opening_an_admin_page_by_url_is_refused() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		UI.getCurrent().navigate("platform");
		assertThat(getCurrentView()).isInstanceOf(ErrorPage.class);
	}

	@Test
	void anonymous_visitor_is_sent_to_login() {
		UI.getCurrent().navigate("learning");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
	}

	@Test
	void header_shows_the_user_name_and_a_translated_logout() {
		var user = signInAs(Locale.FRENCH, Roles.LEARNER);
		navigate(MyLearningView.class);
		assertThat(find(com.vaadin.flow.component.button.Button.class).withText("Se déconnecter").exists()).isTrue();
		assertThat(find(com.vaadin.flow.component.html.Span.class).withText(user.displayName()).exists()).isTrue();
		assertThat($(com.vaadin.flow.component.html.H1.class).withText("Mon parcours").exists()).isTrue();
	}

	private List<String> menuLabels() {
		return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

}
