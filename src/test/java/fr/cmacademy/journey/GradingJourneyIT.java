package fr.cmacademy.journey;

import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.question.Essay;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Grading end to end in French: a learner writes the exam's written answer and submits
 * the module 1 assignment; a trainer finds both in the queue, grades the assignment on
 * its rubric (draft, then release) and moves on to the essay with "next"; the learner is
 * notified and reads the grade and the comments. Every page is checked with axe-core.
 */
class GradingJourneyIT extends Journey {

	private static final String TEXT = "Lundi, tournage de la torréfaction pour Instagram et LinkedIn. ";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AttemptService attempts;

	@Test
	void a_trainer_grades_an_assignment_and_an_essay_and_the_learner_reads_the_feedback() {
		TestUser learner = users.create("redacteur", Locale.FRENCH, Roles.LEARNER);
		DeskSteps.enrol(jdbc, learner);

		Page page = browser.newPage("fr-FR");
		signIn(page, learner, "grading-learner");
		writeExamEssay(page, learner);
		page.navigate(url("/assignments/cm-writing-assignment"));
		page.locator("vaadin-text-area textarea").fill(TEXT.repeat(70));
		assertThat(page.locator(".save-status")).containsText("Enregistré à");
		page.locator(".assignment-answer__footer").scrollIntoViewIfNeeded();
		step(page, "grading-01-assignment-written");
		DeskSteps.button(page, "Envoyer pour correction").click();
		page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Envoyer pour correction"))
			.first()
			.click();
		assertThat(page.getByText("En attente de la note d’un formateur")).isVisible();
		step(page, "grading-02-assignment-submitted");
		signOut(page, "Se déconnecter");

		TestUser trainer = users.create("formatrice", Locale.FRENCH, Roles.TRAINER);
		long cohort = users.cohort(trainer, learner);
		signIn(page, trainer, "grading-trainer");
		page.navigate(url("/grading?cohort=" + cohort + "&q=" + learner.username()));
		assertThat(title(page)).hasText("Travaux à corriger");
		assertThat(page.getByText("2 travaux pour ces filtres")).isVisible();
		step(page, "grading-03-queue");
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("Le calendrier éditorial d’une semaine"))
			.first()
			.click();
		page.waitForURL(u -> u.matches(".*/grading/\\d+\\?.*"));
		assertThat(title(page)).containsText("Redacteur Test");
		Locator levels = page.locator("vaadin-radio-group.rubric-form__levels");
		assertThat(levels).hasCount(5);
		for (int i = 0; i < 5; i++) {
			levels.nth(i).locator("vaadin-radio-button").last().click();
		}
		page.locator(".rubric-form__criterion vaadin-text-area textarea")
			.first()
			.fill("Trois piliers clairs, avec une part promotionnelle bien tenue.");
		page.getByLabel("Commentaire général").fill("Calendrier prêt à être confié à un collègue. Bravo !");
		assertThat(page.locator(".rubric-form__total")).containsText("Total : 24 sur 24 (100 %)");
		step(page, "grading-04-rubric");
		DeskSteps.button(page, "Enregistrer le brouillon").click();
		assertThat(page.getByText("Brouillon enregistré")).isVisible();
		DeskSteps.button(page, "Publier la note").click();
		assertThat(page.getByText("Note publiée : l’apprenant est prévenu.")).isVisible();
		assertThat(page.locator(".grading-history__list li")).hasCount(2);
		step(page, "grading-05-released");

		DeskSteps.button(page, "Travail suivant").click();
		assertThat(page.locator(".grading-page__meta")).containsText("Réponse rédigée (quiz)");
		Locator marks = page.locator("vaadin-number-field.rubric-form__points");
		String max = (String) marks.evaluate("field => String(field.max)");
		marks.locator("input").fill(max);
		page.getByLabel("Commentaire général")
			.fill("Déclaration d’attente juste : elle reconnaît et donne un rendez-vous.");
		step(page, "grading-06-essay");
		DeskSteps.button(page, "Publier la note").click();
		assertThat(page.getByText("Note publiée : l’apprenant est prévenu.")).isVisible();
		signOut(page, "Se déconnecter");

		signIn(page, learner, "grading-learner-back");
		Locator bell = page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Notifications, 2 non lues"));
		assertThat(bell).isVisible();
		page.navigate(url("/assignments/cm-writing-assignment"));
		assertThat(page.getByText("Noté : 24 sur 24 (100 %) — réussi")).isVisible();
		step(page, "grading-07-assignment-graded");
		page.getByText("Lire le retour du formateur").click();
		page.waitForURL("**/feedback/assignment/**");
		assertThat(page.locator(".feedback-summary__total")).hasText("24 sur 24 (100 %)");
		assertThat(page.getByText("Calendrier prêt à être confié à un collègue. Bravo !")).isVisible();
		assertThat(page.getByText("Trois piliers clairs, avec une part promotionnelle bien tenue.")).isVisible();
		step(page, "grading-08-feedback");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes notes")).first().click();
		assertThat(title(page)).hasText("Mes notes");
		assertThat(page.locator(".grades-table tbody tr")).hasCount(2);
		assertThat(page.locator(".grades-table")).containsText("24 sur 24 (100 %)");
		step(page, "grading-09-my-grades");
	}

	/**
	 * Starts the certification exam in the browser, goes to its written question through
	 * the question panel, writes the holding statement and submits the attempt.
	 */
	private void writeExamEssay(Page page, TestUser learner) {
		page.navigate(url("/quizzes/cm-certification-exam"));
		DeskSteps.button(page, "Commencer le quiz").click();
		page.locator(".question-card").waitFor();
		int slot = essaySlot(learner);
		page.locator(".question-nav__item").nth(slot).click();
		assertThat(page.locator(".question-card h2")).hasText("Question " + (slot + 1) + " sur 40");
		page.locator(".question-card vaadin-text-area textarea")
			.fill("Nous savons que certaines commandes arrivent en retard et nous en sommes désolés. "
					+ "Nous faisons le point à 18 h ici même.");
		assertThat(page.locator(".save-status")).containsText("Enregistré à");
		step(page, "grading-00-exam-essay");
		page.locator("vaadin-button.question-nav__finish").click();
		DeskSteps.button(page, "Tout envoyer et terminer").click();
		page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Envoyer"))
			.first()
			.click();
		page.waitForURL("**/review");
	}

	/** Which question of the learner's open exam attempt is the written one. */
	private int essaySlot(TestUser learner) {
		users.signIn(learner);
		try {
			long attempt = jdbc
				.sql("SELECT id FROM quiz_attempt WHERE user_id = :u AND quiz_id = 'cm-certification-exam'")
				.param("u", learner.id())
				.query(Long.class)
				.single();
			return attempts.sheet(attempt)
				.slots()
				.stream()
				.filter(s -> s.question().fr() instanceof Essay)
				.findFirst()
				.orElseThrow()
				.slot();
		}
		finally {
			TestUsers.signOut();
		}
	}

}
