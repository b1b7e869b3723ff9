package fr.cmacademy.quiz.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.cmacademy.quiz.load.LoadApp;
import fr.cmacademy.quiz.load.Uidl;
import fr.cmacademy.quiz.load.VaadinClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test (profile {@code fault}, not in the default build): learners answer the exam
 * over Vaadin's protocol while the server is killed with SIGKILL; after a restart every
 * answer a page acknowledged is in the database, and every attempt resumes with those
 * answers. Runs the server as its own JVM on the database {@code cmacademy_fault}
 * (dropped and recreated), on the MariaDB of {@code CM_TEST_DB_URL}'s host.
 */
class KilledServerFaultIT {

	static final String DATABASE = "cmacademy_fault";

	private static final int LEARNERS = 20;

	private LoadApp app;

	@AfterEach
	void stop() throws InterruptedException {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void every_acknowledged_answer_survives_a_killed_server_and_attempts_resume() throws Exception {
		String server = FaultDatabase.serverUrl();
		LoadApp.recreate(server, DATABASE);
		app = new LoadApp(server + DATABASE, List.of());
		app.start();
		app.learners("kill", LEARNERS);

		AtomicBoolean stop = new AtomicBoolean();
		List<ExamLearner> learners = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 1; i <= LEARNERS; i++) {
			ExamLearner learner = new ExamLearner("kill-" + i, app.port(), stop);
			learners.add(learner);
			threads.add(Thread.ofPlatform().start(learner));
		}
		// Kill once the learners are well into the exam, mid-request for most of them.
		long deadline = System.nanoTime() + 180_000_000_000L;
		while (acknowledged(learners) < LEARNERS * 4 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		stop.set(true);
		app.kill();
		for (Thread thread : threads) {
			thread.join(30_000);
		}
		for (ExamLearner learner : learners) {
			assertThat(learner.failure).as(learner.username).isNull();
		}
		int total = acknowledged(learners);
		assertThat(total).as("answers acknowledged before the kill").isGreaterThanOrEqualTo(LEARNERS);

		app.start();
		try (Connection db = DriverManager.getConnection(server + DATABASE, "root", "")) {
			for (ExamLearner learner : learners) {
				Map<Integer, Integer> stored = revisions(db, learner.username);
				learner.acknowledged.forEach((index, count) -> assertThat(stored.getOrDefault(index, 0))
					.as("%s, question %d: saves stored vs acknowledged", learner.username, index + 1)
					.isGreaterThanOrEqualTo(count));
			}
		}
		for (ExamLearner learner : learners) {
			VaadinClient client = new VaadinClient(app.port());
			assertThat(client.login(learner.username, LoadApp.PASSWORD)).isTrue();
			Uidl ui = client.open("quizzes/" + LoadApp.EXAM);
			client.click("Continue the attempt");
			assertThat(ui.questionNumber()).as("%s resumes the attempt", learner.username).isPresent();
			assertThat(ui.answeredInNavigation()).as("%s: answered questions shown on resuming", learner.username)
				.isGreaterThanOrEqualTo(learner.acknowledged.size());
		}
		System.out.printf("%d answers acknowledged before SIGKILL, all %d found after the restart%n", total, total);
	}

	static int acknowledged(List<ExamLearner> learners) {
		return learners.stream()
			.mapToInt(l -> l.acknowledged.values().stream().mapToInt(Integer::intValue).sum())
			.sum();
	}

	/** Slot → revision (saves stored) of the learner's open exam attempt. */
	static Map<Integer, Integer> revisions(Connection db, String username) throws Exception {
		Map<Integer, Integer> revisions = new HashMap<>();
		try (PreparedStatement select = db.prepareStatement("""
				SELECT s.slot, s.revision, s.response IS NOT NULL FROM quiz_attempt_slot s
				JOIN quiz_attempt a ON a.id = s.attempt_id JOIN app_user u ON u.id = a.user_id
				WHERE u.username = ? AND a.quiz_id = ? AND a.state = 'IN_PROGRESS'""")) {
			select.setString(1, username);
			select.setString(2, LoadApp.EXAM);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					if (rs.getBoolean(3)) {
						revisions.put(rs.getInt(1), rs.getInt(2));
					}
				}
			}
		}
		return revisions;
	}

}
