package fr.cmacademy.quiz.fault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.cmacademy.quiz.load.LoadApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test (profile {@code fault}): learners answer the exam while the database server
 * is killed (SIGKILL) and started again 15 seconds later. The application is not
 * restarted: it must recover by itself. Pages must say when an answer was not saved
 * (never lose it silently), send it again, and end with every acknowledged answer in the
 * database. The database is a private {@code mariadbd} under {@code target/}, never the
 * shared server.
 */
class DatabaseRestartFaultIT {

	private static final int LEARNERS = 10;

	private PrivateMariaDb database;

	private LoadApp app;

	@AfterEach
	void stop() throws InterruptedException {
		if (app != null) {
			app.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void the_application_recovers_from_a_database_restart_and_no_answer_is_lost() throws Exception {
		database = new PrivateMariaDb(Path.of("target", "fault-mariadb"));
		database.start();
		String url = database.serverUrl() + "cmacademy_fault?createDatabaseIfNotExist=true";
		app = new LoadApp(url, List.of());
		app.start();
		app.learners("dbdown", LEARNERS);

		AtomicBoolean stop = new AtomicBoolean();
		List<ExamLearner> learners = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 1; i <= LEARNERS; i++) {
			ExamLearner learner = new ExamLearner("dbdown-" + i, app.port(), stop);
			learners.add(learner);
			threads.add(Thread.ofPlatform().start(learner));
		}
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (KilledServerFaultIT.acknowledged(learners) < LEARNERS * 2 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		database.kill();
		Thread.sleep(15_000);
		int toldDuringOutage = learners.stream().mapToInt(l -> l.toldNotSaved.get()).sum();
		database.start();
		int before = KilledServerFaultIT.acknowledged(learners);
		// Wait until every refused answer was saved again by the page's retry and the
		// learners went on answering: the application recovered without a restart.
		deadline = System.nanoTime() + 240_000_000_000L;
		while (System.nanoTime() < deadline
				&& (learners.stream().anyMatch(l -> l.savedAfterRetry.get() < l.toldNotSaved.get() && !l.finishedAll)
						|| KilledServerFaultIT.acknowledged(learners) < before + LEARNERS)) {
			Thread.sleep(500);
		}
		stop.set(true);
		for (Thread thread : threads) {
			thread.join(60_000);
		}
		for (ExamLearner learner : learners) {
			assertThat(learner.failure).as(learner.username + " saw no error").isNull();
		}
		assertThat(toldDuringOutage).as("pages that said an answer was not saved during the outage").isPositive();
		assertThat(KilledServerFaultIT.acknowledged(learners)).as("answers saved after the database came back")
			.isGreaterThanOrEqualTo(before + LEARNERS);
		int retried = learners.stream().mapToInt(l -> l.savedAfterRetry.get()).sum();
		assertThat(retried).as("answers saved by the page's retry after the restart")
			.isEqualTo(learners.stream().mapToInt(l -> l.toldNotSaved.get()).sum());
		try (Connection db = DriverManager.getConnection(url, "root", "")) {
			for (ExamLearner learner : learners) {
				Map<Integer, Integer> stored = KilledServerFaultIT.revisions(db, learner.username);
				learner.acknowledged.forEach((index, count) -> assertThat(stored.getOrDefault(index, 0))
					.as("%s, question %d: saves stored vs acknowledged", learner.username, index + 1)
					.isGreaterThanOrEqualTo(count));
			}
		}
		System.out.printf(
				"database down 15 s: %d answers refused and shown as not saved, all saved again after the"
						+ " restart; %d answers acknowledged, all stored%n",
				toldDuringOutage, KilledServerFaultIT.acknowledged(learners));
	}

}
