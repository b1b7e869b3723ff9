package fr.cmacademy.journey;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam-day fear, for real: a learner takes module 0's timed quiz, answers half of it,
 * the server process is killed (SIGKILL, no shutdown hook) and started again; the learner
 * signs in again and finds every answer and the timer where they were, finishes and reads
 * the review. The server runs as a separate JVM so that killing it kills everything.
 */
@IntegrationTest
class QuizRestartJourneyIT {

	private static final String QUIZ = "cm-profession-quiz";

	private static Browser browser;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private Process server;

	private int port;

	private TestUser learner;

	@BeforeAll
	static void startBrowser() {
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@AfterEach
	void stopServer() {
		if (server != null) {
			server.destroyForcibly();
		}
		if (learner != null) {
			jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", learner.id()).update();
		}
	}

	@Test
	void answers_and_timer_survive_a_killed_server() throws Exception {
		learner = users.create("exam", Locale.FRENCH, Roles.LEARNER);
		jdbc.sql("INSERT INTO enrolment (user_id, programme_id, enrolled_at) VALUES (:u, 'cm-certification', NOW(6))")
			.param("u", learner.id())
			.update();
		port = freePort();
		startServer(1);

		Page page = browser.newPage("fr-FR");
		signIn(page);
		page.navigate(url("/quizzes/" + QUIZ));
		assertThat(page.locator("h1.main-layout__title")).hasText("Quiz — Le métier de community manager");
		Journey.step(page, "quiz-01-quiz-page");
		page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Commencer le quiz")).click();
		page.locator(".question-card").waitFor();
		Journey.step(page, "quiz-02-first-question");

		int total = page.locator(".question-nav__item").count();
		int half = total / 2;
		List<String> answers = new ArrayList<>();
		for (int q = 1; q <= half; q++) {
			assertThat(page.locator(".question-card h2")).hasText("Question " + q + " sur " + total);
			// Let any navigation still in flight land before answering.
			page.waitForTimeout(300);
			DeskSteps.idle(page);
			answerAndWaitUntilSaved(page);
			answers.add(state(page));
			if (q == 2) {
				page.locator(".question-card vaadin-button")
					.filter(new Locator.FilterOptions().setHasText("Marquer"))
					.click();
			}
			if (q == half) {
				Journey.step(page, "quiz-03-answered-half");
			}
			// Through the navigation panel: clicking a question's number is idempotent,
			// so a
			// click swallowed by a closing overlay can simply be repeated.
			for (int click = 0; click < 3; click++) {
				page.waitForTimeout(300);
				page.locator(".question-nav__item").nth(q).click();
				DeskSteps.idle(page);
				if (("Question " + (q + 1) + " sur " + total).equals(page.locator(".question-card h2").textContent())) {
					break;
				}
			}
		}
		assertThat(page.locator(".question-nav__item--answered")).hasCount(half);
		int secondsBefore = secondsLeft(page);
		long killedAt = System.nanoTime();

		server.destroyForcibly().waitFor();
		assertThat(reachable()).isFalse();
		startServer(2);

		page.navigate(url("/quizzes/" + QUIZ));
		page.waitForURL("**/login");
		signIn(page);
		page.navigate(url("/quizzes/" + QUIZ));
		page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Reprendre la tentative")).click();
		page.locator(".question-card").waitFor();
		assertThat(page.locator(".question-nav__item--answered")).hasCount(half);
		assertThat(page.locator(".question-nav__item--flagged")).hasCount(1);
		int secondsAfter = secondsLeft(page);
		long downSeconds = Duration.ofNanos(System.nanoTime() - killedAt).toSeconds();
		// The timer kept running on the server while it was down, and did not restart.
		assertThat(secondsAfter).isLessThanOrEqualTo(secondsBefore - (int) downSeconds + 2)
			.isGreaterThan(secondsBefore - (int) downSeconds - 60);
		for (int q = 1; q <= half; q++) {
			page.locator(".question-nav__item").nth(q - 1).click();
			assertThat(page.locator(".question-card h2")).hasText("Question " + q + " sur " + total);
			assertThat(state(page)).as("answer to question %d after the restart", q).isEqualTo(answers.get(q - 1));
		}
		Journey.step(page, "quiz-04-after-restart");

		page.locator("vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Terminer la tentative"))
			.first()
			.click();
		assertThat(page.getByText(half + " questions répondues sur " + total)).isVisible();
		Journey.step(page, "quiz-05-summary");
		page.locator("vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Tout envoyer et terminer"))
			.click();
		page.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Envoyer"))
			.first()
			.click();
		page.waitForURL("**/review");
		assertThat(page.locator(".review-page__total")).containsText("Score");
		assertThat(page.locator(".question-card--review")).hasCount(total);
		Journey.step(page, "quiz-06-review");
	}

	/**
	 * Answers the question on screen and waits for the page to say it is saved; answers
	 * again if a click was lost (an overlay closing, a re-render under a slow server).
	 */
	static void answerAndWaitUntilSaved(Page page) {
		for (int attempt = 0;; attempt++) {
			answer(page);
			try {
				assertThat(page.locator(".save-status")).containsText("Enregistré à",
						new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
							.setTimeout(8000));
				return;
			}
			catch (AssertionError ex) {
				if (attempt == 2) {
					Browser.screenshot(page, "quiz-unsaved-answer");
					throw ex;
				}
			}
		}
	}

	/** Answers the question on screen, whatever its type. */
	static void answer(Page page) {
		Locator card = page.locator(".question-card");
		// The choice's own input: clicks in the middle of a choice whose text wraps onto
		// two lines left it unchanged in CI runs.
		if (card.locator("vaadin-radio-button").count() > 0) {
			card.locator("vaadin-radio-button input").first().click();
		}
		else if (card.locator("vaadin-checkbox").count() > 0) {
			card.locator("vaadin-checkbox input").first().click();
		}
		else if (card.locator("vaadin-select").count() > 0) {
			Locator selects = card.locator("vaadin-select");
			for (int i = 0; i < selects.count(); i++) {
				selects.nth(i).click();
				page.locator("vaadin-select-item:visible").nth(1 + (i % 2)).click();
				page.locator("vaadin-select-item:visible")
					.first()
					.waitFor(new Locator.WaitForOptions()
						.setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
			}
		}
		else if (card.locator(".ordering__row").count() > 0) {
			card.locator(".ordering__row vaadin-button:not([disabled])").first().click();
		}
		else if (card.locator("vaadin-text-area").count() > 0) {
			card.locator("vaadin-text-area textarea").fill("Je veux devenir community manager dans le jeu vidéo.");
		}
		else {
			card.locator("vaadin-text-field input").fill("e-réputation");
		}
	}

	/** What the question on screen shows as answered, to compare after the restart. */
	private static String state(Page page) {
		return (String) page.locator(".question-card").evaluate("""
				card => [
				  ...[...card.querySelectorAll('vaadin-radio-button, vaadin-checkbox')].map(e => e.checked ? 'x' : 'o'),
				  ...[...card.querySelectorAll('vaadin-select')].map(e => e.value),
				  ...[...card.querySelectorAll('.ordering__text')].map(e => e.textContent),
				  ...[...card.querySelectorAll('vaadin-text-field, vaadin-text-area')].map(e => e.value)
				].join('|')""");
	}

	private static int secondsLeft(Page page) {
		String[] parts = page.locator("cm-countdown .cm-countdown__time").textContent().split(":");
		int seconds = 0;
		for (String part : parts) {
			seconds = seconds * 60 + Integer.parseInt(part.strip());
		}
		return seconds;
	}

	private void signIn(Page page) {
		page.navigate(url("/login"));
		Journey.fillLogin(page, learner.username(), TestUsers.PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		page.locator("h1.main-layout__title").waitFor();
	}

	private void startServer(int run) throws IOException, InterruptedException {
		Path log = Path.of("target", "restart-server-" + run + ".log");
		Files.createDirectories(log.getParent());
		String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// Absolute entries: Liquibase names change sets after their path in the class
		// path.
		String classPath = java.util.Arrays
			.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.map(entry -> Path.of(entry).toAbsolutePath().toString())
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
		ProcessBuilder builder = new ProcessBuilder(javaBin, "-cp", classPath, "fr.cmacademy.Application",
				"--spring.profiles.active=test", "--server.port=" + port, "--cm.quiz.overdue-check=PT5S");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		server = builder.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!reachable()) {
			if (!server.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("server did not start, see " + log.toAbsolutePath());
			}
			Thread.sleep(500);
		}
	}

	private boolean reachable() {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url("/actuator/health"))
				.toURL()
				.openConnection();
			connection.setConnectTimeout(500);
			connection.setReadTimeout(2000);
			return connection.getResponseCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
