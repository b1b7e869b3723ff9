package fr.cmacademy.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.gradebook.GradebookFixture;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer finds learners in the gradebook, exports it and opens a learner's record; a
 * learner is refused both pages.
 */
class GradebookJourneyIT extends Journey {

	@Autowired
	GradebookFixture fixture;

	@Test
	void trainer_searches_the_gradebook_exports_it_and_opens_a_learner_record() throws Exception {
		String token = GradebookFixture.token();
		TestUser ines = fixture.learner("Inès Moreau " + token);
		fixture.attempt(ines.id(), "cm-profession-quiz", 1, 60.0, false, true);
		fixture.attempt(ines.id(), "cm-profession-quiz", 2, 85.0, false, true);
		fixture.run(ines.id(), "cm-writing-launch-posts", 1, 78, true, false);
		fixture.submission(ines.id(), "cm-writing-assignment", true, 64.0);
		fixture.progress(ines.id(), true, 900, fixture.items("cm-profession").toArray(String[]::new));
		TestUser hugo = fixture.learner("Hugo Petit " + token);
		fixture.attempt(hugo.id(), "cm-profession-quiz", 1, 45.0, false, true);
		fixture.submission(hugo.id(), "cm-writing-assignment", true, null);
		fixture.run(hugo.id(), "cm-writing-answering-comments", 1, 66, false, true);
		fixture.progress(hugo.id(), true, 300, fixture.items("cm-profession").subList(0, 3).toArray(String[]::new));
		TestUser lea = fixture.learner("Léa Durand " + token);
		fixture.submission(lea.id(), "cm-writing-assignment", false, null);
		fixture.run(lea.id(), "cm-writing-launch-posts", 1, null, false, false);

		TestUser trainer = users.create("trainer", Locale.ENGLISH, Roles.TRAINER);
		users.cohort(trainer, ines, hugo, lea);
		Page page = browser.newPage("en-GB");
		page.setViewportSize(1440, 900);
		signIn(page, trainer, "gradebook");
		page.navigate(url("/gradebook"));
		assertThat(title(page)).hasText("Gradebook");
		page.getByLabel("Search learners").fill(token);
		assertThat(page.getByText("3 learners")).isVisible();
		assertThat(page.locator("vaadin-grid-cell-content").getByText("Inès Moreau " + token)).isVisible();
		step(page, "gradebook-02-grid-en");

		Download download = page.waitForDownload(() -> page.getByText("Export CSV").click());
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFLearner,E-mail,").contains("Inès Moreau " + token);
		assertThat(csv.lines().count()).isEqualTo(4);

		page.locator("vaadin-grid-cell-content a").getByText("Inès Moreau " + token).click();
		assertThat(title(page)).hasText("Inès Moreau " + token);
		assertThat(page.getByText("Open the debrief")).isVisible();
		step(page, "gradebook-03-learner-record-en");

		page.getByText("Back to the gradebook").click();
		switchLanguage(page, "Français");
		assertThat(title(page)).hasText("Carnet de notes");
		page.getByLabel("Rechercher un apprenant").fill(token);
		assertThat(page.getByText("3 apprenants")).isVisible();
		page.locator("vaadin-select.gradebook-wide").first().click();
		page.keyboard().press("Escape");
		step(page, "gradebook-04-grid-fr");
	}

	@Test
	void a_learner_is_refused_the_gradebook_and_records() {
		TestUser other = fixture.learner("Noah Leroy " + GradebookFixture.token());
		TestUser learner = users.create("learner", Locale.ENGLISH, Roles.LEARNER);
		Page page = browser.newPage("en-GB");
		signIn(page, learner, "gradebook-learner");
		page.navigate(url("/gradebook"));
		assertThat(page.getByText("This page does not exist or is not available to you")).isVisible();
		page.navigate(url("/learners/" + other.id()));
		assertThat(page.getByText("This page does not exist or is not available to you")).isVisible();
		assertThat(page.getByText("Noah Leroy")).hasCount(0);
	}

}
