package fr.cmacademy.gradebook;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import fr.cmacademy.Application;

/**
 * Gradebook benchmark (not a test): creates the database {@code cmacademy_bench} afresh,
 * migrates it and loads the curriculum through the application context, doubles every
 * graded activity twice (57 activity columns), generates 10 000 enrolled learners with
 * attempts, runs, submissions and progress in bulk SQL, then times the gradebook's reads
 * and prints median and p95. Run with
 * {@code ./mvnw -Pbench-gradebook test-compile exec:java}.
 */
public final class GradebookBenchmark {

	private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

	private static final String DATABASE = System.getProperty("bench.database", "cmacademy_bench");

	private static final int LEARNERS = Integer.getInteger("bench.learners", 10_000);

	/** Learners in the benchmark trainer's cohort (every fifth one). */
	private static final int COHORT = LEARNERS / 5;

	private GradebookBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection server = DriverManager.getConnection(SERVER, "root", "")) {
			server.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
			server.createStatement().execute("CREATE DATABASE " + DATABASE);
		}
		SpringApplication app = new SpringApplication(Application.class);
		app.setDefaultProperties(java.util.Map.of("spring.datasource.url", SERVER + DATABASE,
				"spring.datasource.username", "root", "spring.datasource.password", "", "cm.embedded-db.enabled",
				"false", "cm.demo.seed", "false", "spring.main.banner-mode", "off", "logging.level.root", "warn",
				"server.port", "0", "vaadin.launch-browser", "false", "vaadin.devmode.devTools.enabled", "false"));
		try (ConfigurableApplicationContext context = app.run()) {
			long start = System.nanoTime();
			try (Connection connection = context.getBean(DataSource.class).getConnection()) {
				generate(connection);
			}
			System.out.printf("generated %d learners in %.1f s%n", LEARNERS, (System.nanoTime() - start) / 1e9);
			signInAsAdmin(context);
			measure(context);
			long trainer;
			try (Connection connection = context.getBean(DataSource.class).getConnection()) {
				trainer = cohort(connection);
			}
			signInAsTrainer(context, trainer);
			measureTrainer(context);
		}
	}

	private static void generate(Connection c) throws SQLException {
		Statement s = c.createStatement();
		// Two copies of every graded item, in the same modules, after the originals.
		s.execute("""
				CREATE TEMPORARY TABLE bench_items AS SELECT i.*, k.seq AS copy FROM content_item i
				JOIN seq_1_to_2 k WHERE i.active AND i.kind IN ('QUIZ', 'SCENARIO', 'ASSIGNMENT')""");
		s.execute("""
				CREATE TEMPORARY TABLE bench_versions AS SELECT v.*, b.copy FROM content_item_version v
				JOIN bench_items b ON b.id = v.item_id""");
		s.execute("UPDATE bench_items SET id = CONCAT(id, '-b', copy), position = position + 100 * copy");
		s.execute(
				"""
						UPDATE bench_versions SET item_id = CONCAT(item_id, '-b', copy),
						  title_fr = CONCAT(title_fr, ' (', copy + 1, ')'), title_en = CONCAT(title_en, ' (', copy + 1, ')')""");
		s.execute("ALTER TABLE bench_items DROP COLUMN copy");
		s.execute("ALTER TABLE bench_versions DROP COLUMN copy");
		s.execute("INSERT INTO content_item SELECT * FROM bench_items");
		s.execute("INSERT INTO content_item_version SELECT * FROM bench_versions");
		s.execute(
				"""
						INSERT INTO app_user (username, email, display_name, password_hash, preferred_locale, enabled, created_at)
						SELECT CONCAT('bench-', seq), CONCAT('bench-', seq, '@example.test'),
						  CONCAT(ELT(1 + seq % 8, 'Camille', 'Jordan', 'Inès', 'Lucas', 'Chloé', 'Hugo', 'Léa', 'Noah'), ' ',
						    ELT(1 + (seq DIV 8) % 7, 'Martin', 'Bernard', 'Dubois', 'Petit', 'Durand', 'Leroy', 'Moreau'), ' ', seq),
						  'x', 'fr', TRUE, NOW(6)
						FROM seq_1_to_N"""
					.replace("seq_1_to_N", "seq_1_to_" + LEARNERS));
		s.execute("CREATE TEMPORARY TABLE bench_users AS SELECT id FROM app_user WHERE username LIKE 'bench-%'");
		s.execute("INSERT INTO user_role SELECT id, 'LEARNER' FROM bench_users");
		s.execute("INSERT INTO enrolment SELECT id, 'cm-certification', NOW(6) FROM bench_users");
		s.execute("""
				CREATE TEMPORARY TABLE bench_graded AS SELECT i.id, i.kind, CRC32(i.id) AS h FROM content_item i
				JOIN content_module m ON m.id = i.module_id
				WHERE i.active AND m.programme_id = 'cm-certification' AND i.kind <> 'LESSON'""");
		// About 70 % of learners tried each quiz, one to three attempts, a few still
		// provisional.
		s.execute(
				"""
						INSERT INTO quiz_attempt (user_id, quiz_id, quiz_version, attempt_no, state, seed, started_at, submitted_at,
						  marks, max_marks, percent, provisional, passed)
						SELECT u.id, g.id, 1, k.seq, 'SUBMITTED', 1, NOW(6), NOW(6), 0, 10,
						  (u.id * 13 + k.seq * 29 + g.h) % 101, (u.id + g.h + k.seq) % 17 = 0,
						  IF((u.id + g.h + k.seq) % 17 = 0, NULL, (u.id * 13 + k.seq * 29 + g.h) % 101 >= 70)
						FROM bench_users u JOIN bench_graded g ON g.kind = 'QUIZ' JOIN seq_1_to_3 k
						WHERE (u.id * 7 + g.h) % 10 < 7 AND k.seq <= 1 + (u.id + g.h) % 3""");
		s.execute("""
				INSERT INTO scenario_run (user_id, scenario_id, scenario_version, run_no, seed, state, started_at,
				  finished_at, score, max_score, percent, passed, pending_review)
				SELECT u.id, g.id, 1, k.seq, 1, 'FINISHED', NOW(6), NOW(6), (u.id * 11 + k.seq * 31 + g.h) % 101, 100,
				  (u.id * 11 + k.seq * 31 + g.h) % 101, (u.id * 11 + k.seq * 31 + g.h) % 101 >= 60,
				  (u.id + g.h) % 23 = 0
				FROM bench_users u JOIN bench_graded g ON g.kind = 'SCENARIO' JOIN seq_1_to_2 k
				WHERE (u.id * 3 + g.h) % 10 < 7 AND k.seq <= 1 + (u.id + g.h) % 2""");
		s.execute(
				"""
						INSERT INTO assignment_submission (user_id, assignment_id, assignment_version, body, state, started_at,
						  submitted_at, points, max_points, percent, passed, graded_at)
						SELECT u.id, g.id, 1, 'Bench text', IF((u.id + g.h) % 5 = 0, 'DRAFT', 'SUBMITTED'), NOW(6),
						  IF((u.id + g.h) % 5 = 0, NULL, NOW(6)),
						  IF((u.id + g.h) % 5 < 3, NULL, (u.id + g.h) % 21), IF((u.id + g.h) % 5 < 3, NULL, 20),
						  IF((u.id + g.h) % 5 < 3, NULL, ((u.id + g.h) % 21) * 5), IF((u.id + g.h) % 5 < 3, NULL, (u.id + g.h) % 21 >= 10),
						  IF((u.id + g.h) % 5 < 3, NULL, NOW(6))
						FROM bench_users u JOIN bench_graded g ON g.kind = 'ASSIGNMENT'
						WHERE (u.id * 5 + g.h) % 10 < 7""");
		s.execute("""
				INSERT INTO item_progress (user_id, item_id, version, started_at, completed_at, last_seen_at,
				  time_spent_seconds)
				SELECT u.id, i.id, 1, NOW(6), IF((u.id + CRC32(i.id)) % 3 = 0, NULL, NOW(6)), NOW(6),
				  (u.id * 17 + CRC32(i.id)) % 1800
				FROM bench_users u JOIN content_item i ON i.active JOIN content_module m ON m.id = i.module_id
				WHERE m.programme_id = 'cm-certification' AND (u.id * 7 + CRC32(i.id)) % 10 < 8""");
		s.execute(
				"ANALYZE TABLE app_user, enrolment, item_progress, quiz_attempt, scenario_run, assignment_submission");
		try (ResultSet rs = s.executeQuery("""
				SELECT (SELECT COUNT(*) FROM quiz_attempt), (SELECT COUNT(*) FROM scenario_run),
				  (SELECT COUNT(*) FROM assignment_submission), (SELECT COUNT(*) FROM item_progress)""")) {
			rs.next();
			System.out.printf("rows: %d attempts, %d runs, %d submissions, %d progress%n", rs.getLong(1), rs.getLong(2),
					rs.getLong(3), rs.getLong(4));
		}
	}

	/**
	 * A trainer of one cohort holding every fifth learner ({@link #COHORT}), among other
	 * cohorts holding the rest; returns the trainer's id.
	 */
	private static long cohort(Connection c) throws SQLException {
		Statement s = c.createStatement();
		s.execute(
				"""
						INSERT INTO app_user (username, email, display_name, password_hash, preferred_locale, enabled, created_at)
						VALUES ('bench-trainer', 'bench-trainer@example.test', 'Bench Trainer', 'x', 'fr', TRUE, NOW(6))""");
		s.execute("INSERT INTO user_role SELECT id, 'TRAINER' FROM app_user WHERE username = 'bench-trainer'");
		s.execute("INSERT INTO organisation (name, created_at) VALUES ('Bench', NOW(6))");
		s.execute("""
				INSERT INTO cohort (organisation_id, code, name, created_at)
				SELECT o.id, CONCAT('BENCH-', k.seq), CONCAT('Bench ', k.seq), NOW(6)
				FROM organisation o JOIN seq_0_to_4 k WHERE o.name = 'Bench'""");
		s.execute("""
				INSERT INTO cohort_member (cohort_id, user_id, role, added_at)
				SELECT c.id, u.id, 'LEARNER', NOW(6) FROM app_user u JOIN user_role r ON r.user_id = u.id
				JOIN cohort c ON c.code = CONCAT('BENCH-', u.id % 5)
				WHERE u.username LIKE 'bench-%' AND r.role = 'LEARNER'""");
		s.execute("""
				INSERT INTO cohort_member (cohort_id, user_id, role, added_at)
				SELECT c.id, u.id, 'TRAINER', NOW(6) FROM cohort c JOIN app_user u ON u.username = 'bench-trainer'
				WHERE c.code = 'BENCH-0'""");
		s.execute("ANALYZE TABLE cohort_member, cohort");
		try (ResultSet rs = s.executeQuery("SELECT id FROM app_user WHERE username = 'bench-trainer'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void signInAsTrainer(ConfigurableApplicationContext context, long trainerId) {
		fr.cmacademy.shared.SignedInUser principal = () -> trainerId;
		signIn(context, UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_TRAINER"))));
	}

	/** The trainer's gradebook: the roster narrowed to their cohort in SQL. */
	private static void measureTrainer(ConfigurableApplicationContext context) throws Exception {
		GradebookService gradebook = context.getBean(GradebookService.class);
		DataSource dataSource = context.getBean(DataSource.class);
		GradebookQuery byName = GradebookQuery.of("cm-certification");
		int total = gradebook.count(byName);
		System.out.printf("trainer of one cohort: %d of %d learners%n", total, LEARNERS);
		time("trainer: first page (50 rows, by name)", 20, () -> gradebook.page(byName, 0, 50).size());
		time("trainer: middle page (by name)", 20, () -> gradebook.page(byName, total / 2, 50).size());
		time("trainer: count", 20, () -> gradebook.count(byName));
		time("trainer: first page by completion", 20,
				() -> gradebook.page(byName.sorted(GradebookQuery.Sort.COMPLETION, true), 0, 50).size());
		long cohort = gradebook.cohorts().getFirst().id();
		time("trainer: cohort filter page + count", 20, () -> gradebook.page(byName.withCohort(cohort), 0, 50).size()
				+ gradebook.count(byName.withCohort(cohort)));
		statements(dataSource, "trainer: SELECT statements for one page", () -> gradebook.page(byName, 0, 50).size());
	}

	private static void signInAsAdmin(ConfigurableApplicationContext context) {
		signIn(context, UsernamePasswordAuthenticationToken.authenticated("bench", null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
	}

	private static void signIn(ConfigurableApplicationContext context, UsernamePasswordAuthenticationToken auth) {
		SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		SecurityContext securityContext = strategy.createEmptyContext();
		securityContext.setAuthentication(auth);
		strategy.setContext(securityContext);
		SecurityContextHolder.getContext().setAuthentication(auth);
	}

	private static void measure(ConfigurableApplicationContext context) throws Exception {
		GradebookService gradebook = context.getBean(GradebookService.class);
		GradebookExport export = context.getBean(GradebookExport.class);
		DataSource dataSource = context.getBean(DataSource.class);
		GradebookQuery byName = GradebookQuery.of("cm-certification");
		GradebookQuery byCompletion = byName.sorted(GradebookQuery.Sort.COMPLETION, true);
		GradebookQuery search = byName.withText("Chloé");
		int total = gradebook.count(byName);
		System.out.printf("learners: %d, activity columns: %d%n", total, gradebook.columns(byName).activities().size());
		time("first page (50 rows, by name)", 20, () -> gradebook.page(byName, 0, 50).size());
		time("middle page (offset 5000, by name)", 20, () -> gradebook.page(byName, total / 2, 50).size());
		time("count", 20, () -> gradebook.count(byName));
		time("first page by completion (desc)", 20, () -> gradebook.page(byCompletion, 0, 50).size());
		time("middle page by completion (desc)", 20, () -> gradebook.page(byCompletion, total / 2, 50).size());
		time("search 'Chloé' page + count", 20, () -> gradebook.page(search, 0, 50).size() + gradebook.count(search));
		time("full CSV export (all learners)", 5, () -> {
			CountingStream out = new CountingStream();
			try {
				export.write(byName, Csv.SEMICOLON, Locale.FRENCH, out);
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
			return (int) (out.bytes / 1024);
		});
		statements(dataSource, "SELECT statements for one page (50 rows)", () -> gradebook.page(byName, 0, 50).size());
		statements(dataSource, "SELECT statements for one page (200 rows)",
				() -> gradebook.page(byName, 0, 200).size());
	}

	private static void time(String label, int runs, Supplier<Integer> action) {
		for (int i = 0; i < 3; i++) {
			action.get();
		}
		List<Double> millis = new ArrayList<>();
		int result = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			result = action.get();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		double median = millis.get(millis.size() / 2);
		double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
		System.out.printf("%-40s median %8.1f ms   p95 %8.1f ms   (%d runs, result %d)%n", label, median, p95, runs,
				result);
	}

	/**
	 * Counts statements with the server's Com_select counter; other clients of the server
	 * can only add to it, so the smallest of several measures is kept.
	 */
	private static void statements(DataSource dataSource, String label, Supplier<Integer> action) throws SQLException {
		long best = Long.MAX_VALUE;
		try (Connection c = dataSource.getConnection()) {
			for (int i = 0; i < 5; i++) {
				long before = comSelect(c);
				action.get();
				long after = comSelect(c);
				best = Math.min(best, after - before);
			}
		}
		System.out.printf("%-40s %d%n", label, best);
	}

	private static long comSelect(Connection c) throws SQLException {
		try (ResultSet rs = c.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
			rs.next();
			return rs.getLong(2);
		}
	}

	private static final class CountingStream extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}

	}

}
