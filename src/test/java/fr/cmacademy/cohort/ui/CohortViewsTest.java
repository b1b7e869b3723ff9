package fr.cmacademy.cohort.ui;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.account.UserSearch;
import fr.cmacademy.cohort.CohortFixture;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.CohortProgrammes;
import fr.cmacademy.cohort.CohortRow;
import fr.cmacademy.cohort.Cohorts;
import fr.cmacademy.cohort.MemberRole;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's organisations and cohorts pages and the trainer's cohorts, as each role
 * reaches them by URL.
 */
class CohortViewsTest extends ViewTestBase {

	@Autowired
	CohortFixture fixture;

	@Autowired
	Cohorts cohorts;

	@Autowired
	CohortMembers members;

	@Autowired
	CohortProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_admin_creates_a_cohort_and_sees_field_errors() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		long existing = fixture.cohort(null);
		String takenCode = cohorts.byId(existing).orElseThrow().code();
		CohortsAdminView view = navigate(CohortsAdminView.class);
		assertThat(view.getPageTitle()).isEqualTo("Organisations and cohorts");

		test(view.newCohort).click();
		CohortDialog dialog = find(CohortDialog.class).single();
		test(dialog.code).setValue(takenCode);
		test(dialog.name).setValue("Another");
		test(dialog.save).click();
		assertThat(dialog.organisation.isInvalid()).isTrue();
		assertThat(dialog.organisation.getErrorMessage()).isEqualTo("Choose the organisation that runs this cohort.");

		test(dialog.organisation).selectItem(cohorts.byId(existing).orElseThrow().organisationName());
		test(dialog.save).click();
		assertThat(dialog.code.isInvalid()).isTrue();
		assertThat(dialog.code.getErrorMessage()).isEqualTo("Another cohort already uses this code.");
		assertThat(dialog.organisation.isInvalid()).isFalse();

		String code = "V-" + CohortFixture.token();
		test(dialog.code).setValue(code);
		test(dialog.save).click();
		assertThat(getCurrentView()).isInstanceOf(CohortAdminView.class);
		assertThat(((CohortAdminView) getCurrentView()).getPageTitle()).isEqualTo("Another");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains(code, "No deadline", "No learner yet",
				"No trainer yet", "No programme yet");
	}

	@Test
	void an_admin_adds_a_learner_enrols_the_cohort_and_the_grid_finds_the_cohort() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		TestUser learner = users.create("view-learner", Locale.ENGLISH, Roles.LEARNER);
		long cohort = fixture.cohort(Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES));
		CohortRow row = cohorts.byId(cohort).orElseThrow();

		CohortsAdminView list = navigate(CohortsAdminView.class);
		test(list.cohortSearch).setValue(row.code());
		assertThat(test(list.cohortGrid).size()).isEqualTo(1);
		assertThat(test(list.cohortGrid).getRow(0).id()).isEqualTo(cohort);

		UI.getCurrent().navigate("admin/cohorts/" + cohort);
		CohortAdminView view = (CohortAdminView) getCurrentView();
		view.learners.people
			.setValue(new UserSearch.Match(learner.id(), learner.username(), learner.displayName(), null));
		test(view.learners.add).click();
		assertThat(members.count(cohort, MemberRole.LEARNER)).isEqualTo(1);
		assertThat(test(view.learners.grid).size()).isEqualTo(1);

		test(view.programmes.programme).selectItem("Community Manager Certification");
		test(view.programmes.enrol).click();
		assertThat(programmes.of(cohort)).hasSize(1);
		assertThat(view.learners.getTitleAsText()).isEqualTo("Learners (1)");
		assertThat(view.programmes.getTitleAsText()).isEqualTo("Programmes (1)");
		assertThat(view.getElement().getTextRecursively()).contains("nobody loses an enrolment or their progress");
	}

	@Test
	void trainers_and_learners_get_the_missing_page_on_admin_routes() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		long cohort = fixture.cohort(null);
		for (String role : List.of(Roles.TRAINER, Roles.LEARNER)) {
			TestUsers.signOut();
			signInAs(Locale.ENGLISH, role);
			UI.getCurrent().navigate("admin/cohorts");
			assertThat(getCurrentView()).isNotInstanceOf(CohortsAdminView.class);
			assertThat(getCurrentView().getElement().getTextRecursively())
				.contains("This page does not exist or is not available to you");
			UI.getCurrent().navigate("admin/cohorts/" + cohort);
			assertThat(getCurrentView()).isNotInstanceOf(CohortAdminView.class);
			assertThat(getCurrentView().getElement().getTextRecursively())
				.contains("This page does not exist or is not available to you");
		}
	}

	@Test
	void an_unknown_cohort_is_a_missing_page() {
		signInAs(Locale.ENGLISH, Roles.ADMIN);
		UI.getCurrent().navigate("admin/cohorts/999999999");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundPage");
		UI.getCurrent().navigate("admin/cohorts/abc");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundPage");
	}

	@Test
	void a_trainer_sees_the_cohorts_they_train_with_links_and_an_overdue_deadline() {
		TestUser admin = users.create("view-admin", Locale.ENGLISH, Roles.ADMIN);
		TestUser trainer = users.create("view-trainer", Locale.ENGLISH, Roles.TRAINER);
		users.signIn(admin);
		long cohort = fixture.cohort(Instant.now().plus(Duration.ofDays(2)));
		fixture.cohort(null);
		members.add(cohort, List.of(trainer.id()), MemberRole.TRAINER);
		programmes.enrol(cohort, "cm-certification");
		CohortRow row = cohorts.byId(cohort).orElseThrow();
		// Deadlines cannot be set in the past: this one passed since.
		jdbc.sql("UPDATE cohort SET deadline = :d WHERE id = :id")
			.param("d", Timestamp.from(Instant.now().minus(Duration.ofDays(1))))
			.param("id", cohort)
			.update();

		users.signIn(trainer);
		UI.getCurrent().setLocale(Locale.ENGLISH);
		MyCohortsView view = navigate(MyCohortsView.class);
		String text = view.getElement().getTextRecursively();
		assertThat(text).contains(row.organisationName(), "No learner", "Overdue", "Community Manager Certification");
		assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
			.contains("gradebook?cohort=" + cohort, "grading?cohort=" + cohort);
		assertThat(find(Card.class).all()).singleElement()
			.satisfies(card -> assertThat(card.getTitleAsText()).isEqualTo(row.name()));
	}

	@Test
	void a_trainer_without_a_cohort_is_told_an_admin_assigns_them() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		MyCohortsView view = navigate(MyCohortsView.class);
		assertThat(view.getElement().getTextRecursively()).contains("No cohort yet",
				"An administrator assigns trainers to cohorts.");
	}

}
