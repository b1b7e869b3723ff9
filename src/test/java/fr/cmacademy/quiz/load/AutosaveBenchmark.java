package fr.cmacademy.quiz.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import fr.cmacademy.Application;
import fr.cmacademy.question.ChoiceResponse;
import fr.cmacademy.question.Essay;
import fr.cmacademy.question.MultipleChoice;
import fr.cmacademy.question.Numeric;
import fr.cmacademy.question.NumericResponse;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.Response;
import fr.cmacademy.question.ResponseCodec;
import fr.cmacademy.question.ShortAnswer;
import fr.cmacademy.question.SingleChoice;
import fr.cmacademy.question.TextResponse;
import fr.cmacademy.question.TrueFalse;
import fr.cmacademy.question.TrueFalseResponse;
import fr.cmacademy.quiz.AttemptService;
import fr.cmacademy.quiz.AttemptSheet;
import fr.cmacademy.quiz.QuizService;
import fr.cmacademy.quiz.SaveResult;

/**
 * Autosave against its limit (a benchmark, not a test): answers saved per second through
 * {@link AttemptService#save} (security, revision check, transaction) by N learners at
 * once, each on their own exam attempt, then the same number of writers doing a raw JDBC
 * upsert of the answer on the same MariaDB table (one auto-committed statement, no check
 * at all). Prints both and their ratio. Uses its own database {@code cmacademy_autosave}
 * (dropped and recreated). Run with {@code ./mvnw -Pload test-compile exec:java@autosave}
 * ({@code -Dautosave.writers=8 -Dautosave.seconds=20}).
 */
public final class AutosaveBenchmark {

	private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

	private static final String DATABASE = "cmacademy_autosave";

	private static final int WRITERS = Integer.getInteger("autosave.writers", 8);

	private static final Duration RUN = Duration.ofSeconds(Long.getLong("autosave.seconds", 20));

	private AutosaveBenchmark() {
	}

	/** A question of the writer's attempt and the two answers it alternates between. */
	private record Target(int slot, Response first, Response second) {
	}

	public static void main(String[] args) throws Exception {
		LoadApp.recreate(SERVER, DATABASE);
		SpringApplication app = new SpringApplication(Application.class);
		// Arguments, not default properties: application.properties would win over those.
		String[] arguments = { "--spring.datasource.url=" + SERVER + DATABASE, "--spring.datasource.username=root",
				"--spring.datasource.password=", "--cm.embedded-db.enabled=false", "--cm.demo.seed=false",
				"--spring.main.banner-mode=off", "--logging.level.root=warn", "--server.port=0",
				"--server.address=127.0.0.1", "--vaadin.launch-browser=false",
				"--vaadin.devmode.devTools.enabled=false" };
		try (ConfigurableApplicationContext context = app.run(arguments)) {
			LoadApp.insertLearners(SERVER + DATABASE, "save", WRITERS);
			AuthenticationManager authentication = context.getBean(AuthenticationManager.class);
			SecurityContextHolderStrategy security = context.getBeanProvider(SecurityContextHolderStrategy.class)
				.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
			QuizService quizzes = context.getBean(QuizService.class);
			AttemptService attempts = context.getBean(AttemptService.class);

			List<Authentication> learners = new ArrayList<>();
			List<Long> attemptIds = new ArrayList<>();
			List<List<Target>> targets = new ArrayList<>();
			for (int i = 1; i <= WRITERS; i++) {
				Authentication auth = authentication
					.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("save-" + i, LoadApp.PASSWORD));
				signIn(security, auth);
				long attemptId = quizzes.start(LoadApp.EXAM);
				learners.add(auth);
				attemptIds.add(attemptId);
				targets.add(targets(attempts.sheet(attemptId)));
			}
			security.clearContext();

			double service = run("service", (writer, n) -> {
				List<Target> mine = targets.get(writer);
				Target target = mine.get(n % mine.size());
				Response answer = (n / mine.size()) % 2 == 0 ? target.first() : target.second();
				int revision = revisions[writer][target.slot()];
				SaveResult result = attempts.save(attemptIds.get(writer), target.slot(), answer, revision);
				if (!(result instanceof SaveResult.Saved saved)) {
					throw new IllegalStateException("not saved: " + result);
				}
				revisions[writer][target.slot()] = saved.revision();
			}, writer -> signIn(security, learners.get(writer)), () -> security.clearContext());

			double raw;
			List<Connection> connections = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				connections.add(DriverManager.getConnection(SERVER + DATABASE, "root", ""));
			}
			try {
				List<PreparedStatement> upserts = new ArrayList<>();
				List<Map<Integer, Object[]>> slotColumns = new ArrayList<>();
				for (int i = 0; i < WRITERS; i++) {
					Connection connection = connections.get(i);
					upserts.add(connection.prepareStatement("""
							INSERT INTO quiz_attempt_slot (attempt_id, slot, question_id, question_version, max_marks,
							  display_order, response, revision, saved_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
							ON DUPLICATE KEY UPDATE response = VALUES(response), revision = revision + 1,
							  saved_at = VALUES(saved_at)"""));
					Map<Integer, Object[]> columns = new java.util.HashMap<>();
					try (PreparedStatement select = connection.prepareStatement(
							"SELECT slot, question_id, question_version, max_marks, display_order FROM quiz_attempt_slot"
									+ " WHERE attempt_id = ?")) {
						select.setLong(1, attemptIds.get(i));
						try (var rs = select.executeQuery()) {
							while (rs.next()) {
								columns.put(rs.getInt(1), new Object[] { rs.getString(2), rs.getInt(3),
										rs.getBigDecimal(4), rs.getString(5) });
							}
						}
					}
					slotColumns.add(columns);
				}
				raw = run("raw JDBC", (writer, n) -> {
					List<Target> mine = targets.get(writer);
					Target target = mine.get(n % mine.size());
					Response answer = (n / mine.size()) % 2 == 0 ? target.first() : target.second();
					Object[] columns = slotColumns.get(writer).get(target.slot());
					PreparedStatement upsert = upserts.get(writer);
					upsert.setLong(1, attemptIds.get(writer));
					upsert.setInt(2, target.slot());
					upsert.setString(3, (String) columns[0]);
					upsert.setInt(4, (Integer) columns[1]);
					upsert.setBigDecimal(5, (java.math.BigDecimal) columns[2]);
					upsert.setString(6, (String) columns[3]);
					upsert.setString(7, ResponseCodec.encode(answer));
					upsert.setTimestamp(8, Timestamp.from(Instant.now()));
					upsert.executeUpdate();
				}, writer -> {
				}, () -> {
				});
			}
			finally {
				for (Connection connection : connections) {
					connection.close();
				}
			}
			System.out.printf("%nautosave, %d writers, %d s each: service %,.0f saves/s, raw JDBC upsert %,.0f saves/s,"
					+ " ratio %.2f (service / raw)%n", WRITERS, RUN.toSeconds(), service, raw, service / raw);
		}
	}

	private static int[][] revisions = new int[0][0];

	/** The questions of an attempt that take a simple answer, each with two answers. */
	private static List<Target> targets(AttemptSheet sheet) {
		if (revisions.length == 0) {
			revisions = new int[WRITERS][sheet.slots().size()];
		}
		List<Target> targets = new ArrayList<>();
		for (AttemptSheet.Slot slot : sheet.slots()) {
			Question question = slot.question().fr();
			@Nullable Response[] answers = switch (question) {
				case SingleChoice single ->
					new Response[] { new ChoiceResponse(Set.of(0)), new ChoiceResponse(Set.of(1)) };
				case MultipleChoice multiple ->
					new Response[] { new ChoiceResponse(Set.of(0)), new ChoiceResponse(Set.of(0, 1)) };
				case TrueFalse trueFalse ->
					new Response[] { new TrueFalseResponse(true), new TrueFalseResponse(false) };
				case ShortAnswer shortAnswer ->
					new Response[] { new TextResponse("engagement"), new TextResponse("engagement rate") };
				case Numeric numeric -> new Response[] { new NumericResponse("12"), new NumericResponse("12.5") };
				case Essay essay -> new Response[] { new TextResponse("We are looking into it. ".repeat(20)),
						new TextResponse("We have seen your messages. ".repeat(20)) };
				default -> null;
			};
			if (answers != null) {
				targets.add(new Target(slot.slot(), answers[0], answers[1]));
			}
		}
		return targets;
	}

	private static void signIn(SecurityContextHolderStrategy security, Authentication auth) {
		var context = security.createEmptyContext();
		context.setAuthentication(auth);
		security.setContext(context);
	}

	interface Save {

		void save(int writer, int n) throws Exception;

	}

	interface PerThread {

		void run(int writer);

	}

	/**
	 * Runs the writers for {@link #RUN} after a short warm-up; returns saves per second.
	 */
	private static double run(String name, Save save, PerThread setUp, Runnable tearDown) throws Exception {
		AtomicLong saves = new AtomicLong();
		AtomicLong nanos = new AtomicLong();
		CountDownLatch done = new CountDownLatch(WRITERS);
		List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			Thread.ofPlatform().start(() -> {
				try {
					setUp.run(writer);
					int n = 0;
					long warmUpEnd = System.nanoTime() + Duration.ofSeconds(3).toNanos();
					while (System.nanoTime() < warmUpEnd) {
						save.save(writer, n++);
					}
					long end = System.nanoTime() + RUN.toNanos();
					long count = 0;
					long start = System.nanoTime();
					while (System.nanoTime() < end) {
						save.save(writer, n++);
						count++;
					}
					saves.addAndGet(count);
					nanos.addAndGet(System.nanoTime() - start);
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
				finally {
					tearDown.run();
					done.countDown();
				}
			});
		}
		done.await();
		if (!failures.isEmpty()) {
			throw new IllegalStateException(name + " failed", failures.get(0));
		}
		double perSecond = saves.get() / (nanos.get() / 1e9 / WRITERS);
		System.out.printf("%-9s %,8d saves in %d s by %d writers: %,.0f saves/s, %.2f ms per save%n", name, saves.get(),
				RUN.toSeconds(), WRITERS, perSecond, nanos.get() / 1e6 / saves.get());
		return perSecond;
	}

}
