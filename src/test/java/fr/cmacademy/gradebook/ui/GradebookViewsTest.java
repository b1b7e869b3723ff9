package fr.cmacademy.gradebook.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.ViewTestBase;
import fr.cmacademy.gradebook.GradebookFixture;
import fr.cmacademy.gradebook.LearnerRow;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gradebook and learner record pages as trainers, admins and learners reach them.
 */
class GradebookViewsTest extends ViewTestBase {

	@Autowired
	GradebookFixture fixture;

	@Test
	void a_trainer_finds_a_learner_in_the_gradebook_filters_by_module_and_exports() {
		String token = GradebookFixture.token();
		TestUser learner = fixture.learner("Dora " + token);
		fixture.attempt(learner.id(), "cm-profession-quiz", 1, 75.0, false, true);
		users.cohort(signInAs(Locale.ENGLISH, Roles.TRAINER), learner);

		GradebookView view = navigate(GradebookView.class);
		assertThat(view.getPageTitle()).isEqualTo("Gradebook");
		test(view.search).setValue(token);
		@SuppressWarnings("unchecked")
		Grid<LearnerRow> grid = find(Grid.class).single();
		assertThat(test(grid).size()).isEqualTo(1);
		assertThat(test(grid).getRow(0).name()).isEqualTo("Dora " + token);
		assertThat(test(grid).getRow(0).cell("cm-profession-quiz").percent()).isEqualTo(75.0);
		int allColumns = grid.getColumns().size();

		test(view.module).selectItem("Writing for communities");
		assertThat(grid.getColumns().size()).isLessThan(allColumns);
		assertThat(grid.getColumnByKey("item-cm-profession-quiz")).isNull();
		assertThat(grid.getColumnByKey("item-cm-writing-quiz")).isNotNull();
		assertThat(view.download.getHref()).isNotBlank();
		assertThat(view.download.isVisible()).isTrue();
	}

	@Test
	void the_learner_record_shows_runs_with_debrief_links() {
		String token = GradebookFixture.token();
		TestUser learner = fixture.learner("Émile " + token);
		long run = fixture.run(learner.id(), "cm-writing-launch-posts", 1, 90, true, false);
		fixture.submission(learner.id(), "cm-writing-assignment", true, null);
		signInAs(Locale.FRENCH, Roles.ADMIN);

		UI.getCurrent().navigate("learners/" + learner.id());
		assertThat(getCurrentView()).isInstanceOf(LearnerRecordView.class);
		assertThat(((LearnerRecordView) getCurrentView()).getPageTitle()).isEqualTo("Émile " + token);
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains("Anglais", "Inscriptions et progression", "Parties de scénarios",
				"En attente de note", "90 %", "Certificats et badges", "Aucun certificat ni badge pour l’instant.");
		assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().equals("runs/" + run + "/debrief"));
	}

	@Test
	void an_unknown_or_staff_id_is_not_found() {
		signInAs(Locale.ENGLISH, Roles.TRAINER);
		UI.getCurrent().navigate("learners/999999999");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundPage");
		UI.getCurrent().navigate("learners/abc");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundPage");
	}

	@Test
	void a_learner_is_refused_both_pages() {
		TestUser other = fixture.learner("Fanny " + GradebookFixture.token());
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("gradebook");
		assertThat(getCurrentView()).isNotInstanceOf(GradebookView.class);
		assertThat(getCurrentView().getElement().getTextRecursively())
			.contains("This page does not exist or is not available to you");
		UI.getCurrent().navigate("learners/" + other.id());
		assertThat(getCurrentView()).isNotInstanceOf(LearnerRecordView.class);
		assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Fanny");
	}

	@Test
	void a_programme_without_learners_says_so() {
		TestUser learner = fixture.learner("Gaby " + GradebookFixture.token());
		users.cohort(signInAs(Locale.ENGLISH, Roles.TRAINER), learner);
		GradebookView view = navigate(GradebookView.class);
		test(view.search).setValue("no-such-learner-" + GradebookFixture.token());
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("No learner matches");
	}

}
