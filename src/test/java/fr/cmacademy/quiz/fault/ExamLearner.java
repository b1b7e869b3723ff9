package fr.cmacademy.quiz.fault;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import fr.cmacademy.quiz.load.LoadApp;
import fr.cmacademy.quiz.load.Uidl;
import fr.cmacademy.quiz.load.VaadinClient;

/**
 * A learner taking the exam over Vaadin's protocol, who writes down every answer the page
 * acknowledged ("Saved at …") and every time the page said an answer was not saved. On
 * "not saved" the learner waits on the page, which polls, until it says saved — as the
 * page asks them to.
 */
final class ExamLearner implements Runnable {

	final String username;

	private final int port;

	private final AtomicBoolean stop;

	/** Question index (0-based) → answers acknowledged for it. */
	final Map<Integer, Integer> acknowledged = new ConcurrentHashMap<>();

	final AtomicInteger toldNotSaved = new AtomicInteger();

	final AtomicInteger savedAfterRetry = new AtomicInteger();

	volatile Throwable failure;

	volatile boolean finishedAll;

	ExamLearner(String username, int port, AtomicBoolean stop) {
		this.username = username;
		this.port = port;
		this.stop = stop;
	}

	@Override
	public void run() {
		try {
			VaadinClient client = new VaadinClient(port);
			if (!client.login(username, LoadApp.PASSWORD)) {
				throw new IllegalStateException("login refused for " + username);
			}
			Uidl ui = client.open("quizzes/" + LoadApp.EXAM);
			client.click(ui.button("Continue the attempt").isPresent() ? "Continue the attempt" : "Start the quiz");
			while (!stop.get()) {
				int[] number = ui.questionNumber().orElseThrow(() -> new IllegalStateException("no question"));
				int index = number[0] - 1;
				var answer = ui.answer(index);
				if (answer.isPresent()) {
					String body = client.send(answer.get());
					if (body.contains("Not saved yet")) {
						toldNotSaved.incrementAndGet();
						body = waitUntilSaved(client, ui);
						if (body == null) {
							return;
						}
						savedAfterRetry.incrementAndGet();
					}
					if (body.contains("Saved at")) {
						acknowledged.merge(index, 1, Integer::sum);
					}
				}
				if (number[0] == number[1]) {
					finishedAll = true;
					return;
				}
				Thread.sleep(50);
				client.click("Next");
			}
		}
		catch (IOException | InterruptedException ex) {
			// The server went away mid-request: whatever was not acknowledged is not
			// owed.
			if (!stop.get()) {
				failure = ex;
			}
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
	}

	/** Polls as the page does (every 5 s, here every second) until "Saved at". */
	private String waitUntilSaved(VaadinClient client, Uidl ui) throws IOException, InterruptedException {
		for (int i = 0; i < 120 && !stop.get(); i++) {
			Thread.sleep(1000);
			String body = client.send(ui.poll());
			if (body.contains("Saved at")) {
				return body;
			}
		}
		return null;
	}

}
