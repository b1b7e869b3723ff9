package fr.cmacademy.learning.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.ViewTestBase;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.learning.ItemStatus;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

class LearningViewsTest extends ViewTestBase {

	@Autowired
	ProgressService progress;

	@Autowired
	ContentCatalog catalog;

	@Test
	void catalogue_shows_module_0_and_enrolling_opens_it() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		CatalogView view = navigate(CatalogView.class);
		assertThat(find(com.vaadin.flow.component.card.Card.class).all()).isNotEmpty();
		Button enrol = find(Button.class).withText("Enrol").first();
		test(enrol).click();
		assertThat(progress.enrolments()).contains("cm-certification");
		assertThat(view.search.isAttached()).isTrue();
	}

	@Test
	void search_without_match_says_so() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		CatalogView view = navigate(CatalogView.class);
		test(view.search).setValue("zzzz-nothing");
		assertThat(find(com.vaadin.flow.component.html.H2.class).withText("No module matches").exists()).isTrue();
	}

	@Test
	void a_lesson_of_a_programme_not_joined_sends_the_learner_to_its_module_page_to_enrol() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("lessons/cm-history");
		assertThat(getCurrentView()).isInstanceOf(ModuleView.class);
		assertThat(((ModuleView) getCurrentView()).getPageTitle()).isEqualTo("The community manager profession");
		assertThat(find(Button.class).withText("Enrol").exists()).isTrue();
		assertThat(progress.enrolments()).isEmpty();
	}

	@Test
	void marking_a_lesson_done_stores_it_and_opens_the_next_one() {
		signInAs(Locale.FRENCH, Roles.LEARNER);
		progress.enrol("cm-certification");
		UI.getCurrent().navigate("lessons/cm-what-a-cm-does");
		LessonView lesson = (LessonView) getCurrentView();
		assertThat(lesson.getPageTitle()).isEqualTo("Ce que fait un community manager");
		test(lesson.done).click();

		var module = catalog.module("cm-profession").orElseThrow();
		assertThat(progress.progress(module).status("cm-what-a-cm-does")).isEqualTo(ItemStatus.DONE);
		assertThat(((LessonView) getCurrentView()).getPageTitle()).isEqualTo("Une brève histoire du métier");
	}

	@Test
	void an_unknown_module_is_not_found() {
		signInAs(Locale.ENGLISH, Roles.LEARNER);
		UI.getCurrent().navigate("modules/no-such-module");
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundPage");
	}

}
