package fr.cmacademy.authoring;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.shared.Text;

/**
 * A small module written through the authoring service: one lesson, a three-question
 * bank, a quiz of those three questions and a three-node conversation (one decision, two
 * outcomes), in a programme of its own with unique ids.
 */
public final class AuthoringFixture {

	public final String suffix = UUID.randomUUID().toString().substring(0, 8);

	public final String programmeId = "ui-prog-" + suffix;

	public final String moduleId = "ui-mod-" + suffix;

	public final String lessonId = "ui-lesson-" + suffix;

	public final String quizId = "ui-quiz-" + suffix;

	public final String scenarioId = "ui-scenario-" + suffix;

	public NewModule newModule() {
		return new NewModule(programmeId, new Text("Parcours auteur", "Authoring programme"),
				new Text("Un parcours écrit dans le navigateur.", "A programme written in the browser."), moduleId,
				new Text("Module auteur", "Authoring module"), new Text("Écrit en ligne.", "Written online."));
	}

	public String moduleYaml(String title) {
		return """
				id: %s
				title: { fr: "%s", en: "%s" }
				summary: { fr: Écrit en ligne., en: Written online. }
				estimated_minutes: 20
				objectives:
				  - { fr: Tester l’édition., en: Test authoring. }
				completion: all
				items:
				  - lesson: 01-intro
				  - quiz: 01-quiz
				  - scenario: 01-thread
				""".formatted(moduleId, title, title);
	}

	public String lesson(String language, String body) {
		return """
				---
				id: %s
				title: %s
				---
				%s
				""".formatted(lessonId, language.equals("fr") ? "Introduction" : "Introduction", body);
	}

	public String bank(String language) {
		boolean fr = language.equals("fr");
		return """
				$CATEGORY: %1$s/basics

				// [id:%1$s-q1]
				::Q1::%2$s{T}

				// [id:%1$s-q2]
				::Q2::%3$s{
				  =%4$s
				  ~%5$s
				}

				// [id:%1$s-q3]
				::Q3::%6$s{=%7$s}
				""".formatted(moduleId, fr ? "Le ciel est bleu." : "The sky is blue.",
				fr ? "Quelle couleur ?" : "Which colour?", fr ? "Rouge" : "Red", fr ? "Vert" : "Green",
				fr ? "Nom du réseau ?" : "Network name?", fr ? "forum" : "forum");
	}

	public String quiz() {
		return """
				id: %1$s
				title: { fr: Quiz auteur, en: Authoring quiz }
				questions:
				  - question: %2$s-q1
				  - question: %2$s-q2
				  - question: %2$s-q3
				pass_mark: 50
				""".formatted(quizId, moduleId);
	}

	public String scenario() {
		return """
				id: %s
				kind: conversation
				title: { fr: Fil de test, en: Test thread }
				summary: { fr: Un petit fil., en: A small thread. }
				minutes: 5
				pass_score: 50
				brand:
				  name: Test Brand
				  handle: "@testbrand"
				  platform: forum
				  brief:
				    tone: { fr: Calme, en: Calm }
				    charter:
				      - { fr: Pas d’insultes, en: No insults }
				personas:
				  - id: rex
				    name: Rex
				    archetype: troll
				metrics:
				  - id: mood
				    label: { fr: Humeur, en: Mood }
				    start: 50
				timeline:
				  - id: post
				    at: 0
				    type: post
				    persona: brand
				    text: { fr: Bienvenue, en: Welcome }
				  - id: c-rex
				    at: 1
				    type: comment
				    reply_to: post
				    persona: rex
				    text: { fr: Nul, en: Rubbish }
				decisions:
				  - id: d-rex
				    on: c-rex
				    prompt: { fr: Rex provoque, en: Rex provokes }
				    options:
				      - id: hide
				        action: hide
				        target: c-rex
				        effects: { score: 5 }
				      - id: like
				        action: like
				        target: c-rex
				        effects: { score: 0 }
				    best: hide
				outcomes:
				  - id: good
				    when: { score_above: 4 }
				    title: { fr: Bien, en: Good }
				    text: { fr: Bien joué, en: Well done }
				  - id: poor
				    title: { fr: Bof, en: Poor }
				    text: { fr: À revoir, en: Try again }
				""".formatted(scenarioId);
	}

	/** Writes the whole module into the draft. */
	public void write(AuthoringService authoring, String lessonBody) {
		authoring.saveText(moduleId, "module.yaml", moduleYaml("Module auteur"));
		authoring.saveText(moduleId, "lessons/01-intro/lesson.fr.md", lesson("fr", lessonBody));
		authoring.saveText(moduleId, "lessons/01-intro/lesson.en.md", lesson("en", lessonBody));
		authoring.saveText(moduleId, "banks/basics.fr.gift", bank("fr"));
		authoring.saveText(moduleId, "banks/basics.en.gift", bank("en"));
		authoring.saveText(moduleId, "quizzes/01-quiz/quiz.yaml", quiz());
		authoring.saveText(moduleId, "scenarios/01-thread/scenario.yaml", scenario());
	}

	/**
	 * Removes what the test published: learners first (their progress with them), then
	 * the module, so the next sync may drop its items.
	 */
	public void remove(JdbcClient jdbc, List<Long> learnerIds) {
		learnerIds.forEach(id -> jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", id).update());
		jdbc.sql("DELETE FROM authoring_module WHERE id = :id").param("id", moduleId).update();
		jdbc.sql("DELETE FROM authoring_programme WHERE id = :id").param("id", programmeId).update();
	}

}
