package fr.cmacademy.quiz.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory per learner (a benchmark, not a test): starts the application in its own JVM on
 * the database {@code cmacademy_memory} (dropped and recreated), warms it up, then
 * measures its heap after a full GC with no learner signed in and with N learners signed
 * in, each with one browser tab on the exam's first question (over Vaadin's protocol,
 * like a browser). Prints the retained heap per learner. Run with
 * {@code ./mvnw -Pload test-compile exec:exec@memory} ({@code -Dmemory.learners=100}).
 */
public final class SessionMemoryProbe {

	private static final int LEARNERS = Integer.getInteger("memory.learners", 100);

	private static final int WARM_UP = 10;

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private static final Pattern HISTOGRAM_LINE = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

	private SessionMemoryProbe() {
	}

	public static void main(String[] args) throws Exception {
		LoadApp.recreate("jdbc:mariadb://127.0.0.1:3306/", "cmacademy_memory");
		try (LoadApp app = new LoadApp("jdbc:mariadb://127.0.0.1:3306/cmacademy_memory", List.of())) {
			app.start();
			app.learners("warm", WARM_UP);
			app.learners("mem", LEARNERS);
			// Warm-up: classes, caches (questions, catalogue) and pools, then those
			// sessions are
			// part of the baseline.
			signIn(app, "warm", WARM_UP);
			long before = heapAfterGc(app.pid());
			Map<String, long[]> histogramBefore = histogram(app.pid());
			long start = System.nanoTime();
			signIn(app, "mem", LEARNERS);
			System.out.printf("%d learners signed in and on the exam's first question in %.1f s%n", LEARNERS,
					(System.nanoTime() - start) / 1e9);
			long after = heapAfterGc(app.pid());
			System.out.printf("heap after full GC: %,d KB with %d sessions, %,d KB with %d more%n", before, WARM_UP,
					after, LEARNERS);
			System.out.printf("retained heap per signed-in learner on the quiz page: %,d KB%n",
					(after - before) / LEARNERS);
			System.out.println("what grew most, per learner (class histogram after GC):");
			Map<String, long[]> histogramAfter = histogram(app.pid());
			histogramAfter.entrySet()
				.stream()
				.map(e -> Map.entry(e.getKey(),
						e.getValue()[1] - histogramBefore.getOrDefault(e.getKey(), new long[2])[1]))
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(15)
				.forEach(e -> System.out.printf("  %,8d B  %s%n", e.getValue() / LEARNERS, e.getKey()));
		}
	}

	/** Signs learners in and opens the exam's first question, 4 at a time. */
	private static void signIn(LoadApp app, String prefix, int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				String username = prefix + "-" + i;
				done.add(pool.submit(() -> {
					VaadinClient client = new VaadinClient(app.port());
					if (!client.login(username, LoadApp.PASSWORD)) {
						throw new IllegalStateException("login refused for " + username);
					}
					Uidl ui = client.open("");
					client.send(ui.navigate("quizzes/" + LoadApp.EXAM));
					client.click("Start the quiz");
					if (ui.questionNumber().isEmpty()) {
						throw new IllegalStateException(username + " did not reach the first question");
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** Instances and bytes per class, live objects only (jcmd runs a full GC first). */
	static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
		Map<String, long[]> classes = new HashMap<>();
		Matcher line = HISTOGRAM_LINE.matcher(jcmd(pid, "GC.class_histogram"));
		while (line.find()) {
			classes.put(line.group(3), new long[] { Long.parseLong(line.group(1)), Long.parseLong(line.group(2)) });
		}
		return classes;
	}

	/** The server's used heap in KB after two full collections (jcmd). */
	static long heapAfterGc(long pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		Thread.sleep(500);
		jcmd(pid, "GC.run");
		String info = jcmd(pid, "GC.heap_info");
		Matcher used = USED.matcher(info);
		if (!used.find()) {
			throw new IllegalStateException("no heap figure in: " + info);
		}
		return Long.parseLong(used.group(1));
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		String jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		return out;
	}

}
