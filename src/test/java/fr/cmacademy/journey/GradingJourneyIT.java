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
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.AttemptSheet;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Grading end to end in French: a learner submits the module 1 assignment (and the exam's
 * written answer); a trainer finds both in the queue, grades the assignment on its rubric
 * (draft, then release) and moves on to the essay with "next"; the learner is notified
 * and reads the grade and the comments. Every page is checked with axe-core.
 */
class GradingJourneyIT extends Journey {

	private static final String TEXT = "Lundi, tournage de la torréfaction pour Instagram et LinkedIn. ";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QuizService quizzes;

	@Autowired
	AttemptService attempts;

	@Test
	void a_trainer_grades_an_assignment_and_an_essay_and_the_learner_reads_the_feedback() {
		TestUser learner = users.create("redacteur", Locale.FRENCH, Roles.LEARNER);
		DeskSteps.enrol(jdbc, learner);
		submitExamEssay(learner);

		Page page = browser.newPage("fr-FR");
		signIn(page, learner, "grading-learner");
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
		signIn(page, trainer, "grading-trainer");
		page.navigate(url("/grading?q=" + learner.username()));
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
	}

	private void submitExamEssay(TestUser learner) {
		users.signIn(learner);
		try {
			long attempt = quizzes.start("cm-certification-exam");
			AttemptSheet.Slot essay = attempts.sheet(attempt)
				.slots()
				.stream()
				.filter(s -> s.question().fr() instanceof Essay)
				.findFirst()
				.orElseThrow();
			attempts.save(attempt, essay.slot(), new TextResponse(
					"Nous savons que certaines commandes arrivent en retard et nous en sommes désolés. Nous faisons le point à 18 h ici même."),
					essay.revision());
			attempts.submit(attempt);
		}
		finally {
			TestUsers.signOut();
		}
	}

}
