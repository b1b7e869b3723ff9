package fr.cmacademy.quiz;

import fr.cmacademy.content.TestContent;

/**
 * A small quiz in a test programme: one fixed question and three drawn from a category,
 * in both languages, no essay (so an attempt can pass at once).
 */
final class QuizFixture {

	final TestContent content = new TestContent();

	final String suffix = content.programmeId.substring("sync-programme-".length());

	final String quizId = "quiz-" + suffix;

	final String category = "test-" + suffix + "/basics";

	QuizFixture(String settings) {
		String quiz = """
				id: %s
				title: { fr: Quiz de test, en: Test quiz }
				intro: { fr: Quatre questions., en: Four questions. }
				questions:
				  - question: %s
				  - draw: 3
				    category: %s
				pass_mark: 60
				%s
				""".formatted(quizId, id(1), category, settings);
		content.writeQuiz("01-quiz", quiz, bank(true), bank(false));
	}

	String id(int n) {
		return "q" + n + "-" + suffix;
	}

	private String bank(boolean fr) {
		return """
				$CATEGORY: %s

				// [id:%s]
				::Rôle::%s{
				  =%s#%s
				  ~%s#%s
				  ~%s
				}

				// [id:%s]
				::Missions::%s{
				  ~%%50%%%s
				  ~%%50%%%s
				  ~%%-100%%%s
				}

				// [id:%s]
				::Vrai ou faux::%s{FALSE}

				// [id:%s]
				::Terme::%s{=e-réputation =réputation en ligne}
				""".formatted(category, id(1), fr ? "Que fait un CM ?" : "What does a CM do?",
				fr ? "Il anime une communauté" : "Runs a community", fr ? "Oui." : "Yes.",
				fr ? "Il fixe les prix" : "Sets prices", fr ? "Non." : "No.", fr ? "Il code le site" : "Codes the site",
				id(2), fr ? "Cochez les missions." : "Tick the missions.", fr ? "Modérer" : "Moderate",
				fr ? "Analyser" : "Analyse", fr ? "Gérer la paie" : "Run payroll", id(3),
				fr ? "Un CM ne parle qu’au marketing." : "A CM only talks to marketing.", id(4),
				fr ? "Image d’une marque en ligne ?" : "A brand's image online?")
			.replace("=e-réputation =réputation en ligne",
					fr ? "=e-réputation =réputation en ligne" : "=e-reputation =online reputation");
	}

}
