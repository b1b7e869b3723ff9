package fr.cmacademy.userimport;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import fr.cmacademy.Application;

/**
 * User import benchmark (not a test): creates the database {@code cmacademy_bench_import}
 * afresh, generates a CSV file of 100 000 users (1 % of them invalid, every valid one in
 * a cohort that follows cm-certification, no password column), uploads and imports it
 * through {@link ImportService}, then imports it again (everything unchanged), then
 * imports 200 users with passwords to show the bcrypt cost. Prints time, rows per second
 * and the peak heap. Run with {@code ./mvnw -Pbench-import test-compile exec:java}
 * (optionally {@code -Dbench.rows=…}).
 */
public final class ImportBenchmark {

	private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

	private static final String DATABASE = "cmacademy_bench_import";

	private static final int ROWS = Integer.getInteger("bench.rows", 100_000);

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection server = DriverManager.getConnection(SERVER, "root", "")) {
			server.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
			server.createStatement().execute("CREATE DATABASE " + DATABASE);
		}
		Path dir = Files.createTempDirectory("bench-import");
		SpringApplication app = new SpringApplication(Application.class);
		app.setDefaultProperties(Map.ofEntries(Map.entry("spring.datasource.url", SERVER + DATABASE),
				Map.entry("spring.datasource.username", "root"), Map.entry("spring.datasource.password", ""),
				Map.entry("cm.embedded-db.enabled", "false"), Map.entry("cm.demo.seed", "false"),
				Map.entry("spring.main.banner-mode", "off"), Map.entry("logging.level.root", "warn"),
				Map.entry("server.port", "0"), Map.entry("vaadin.launch-browser", "false"),
				Map.entry("vaadin.devmode.devTools.enabled", "false"),
				Map.entry("cm.import.dir", dir.resolve("imports").toString())));
		try (ConfigurableApplicationContext context = app.run()) {
			signInAsAdmin(context);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Bench', NOW(6))").update();
			jdbc.sql("""
					INSERT INTO cohort (organisation_id, code, name, created_at)
					SELECT id, 'BENCH-2026', 'Bench cohort', NOW(6) FROM organisation WHERE name = 'Bench'""").update();
			jdbc.sql("""
					INSERT INTO cohort_programme (cohort_id, programme_id, added_at)
					SELECT id, 'cm-certification', NOW(6) FROM cohort WHERE code = 'BENCH-2026'""").update();
			ImportService imports = context.getBean(ImportService.class);

			Path file = dir.resolve("users.csv");
			long start = System.nanoTime();
			write(file, ROWS, false);
			System.out.printf("generated %,d rows (%,d bytes) in %.1f s%n", ROWS, Files.size(file),
					(System.nanoTime() - start) / 1e9);
			run("first import", imports, file);
			run("same file again", imports, file);

			Path withPasswords = dir.resolve("passwords.csv");
			write(withPasswords, 200, true);
			run("200 rows with passwords", imports, withPasswords);
			System.out.println("password hashes: bcrypt, cost 10 (Spring Security's default strength)");
		}
	}

	private static void write(Path file, int rows, boolean passwords) throws Exception {
		String[] first = { "Camille", "Jordan", "Inès", "Lucas", "Chloé", "Hugo", "Léa", "Noah", "Bérénice", "Zoé" };
		String[] last = { "Martin", "Bernard", "Dubois", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre" };
		String prefix = passwords ? "pw" : "bench";
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Identifiant;Prénom;Nom;Courriel;Langue;Rôles;Promotion" + (passwords ? ";Mot de passe" : "")
					+ "\r\n");
			for (int i = 1; i <= rows; i++) {
				// One row in a hundred is wrong in some way: bad e-mail, unknown cohort,
				// or
				// a user name used before.
				String username = i % 100 == 37 ? prefix + "-" + (i - 1) : prefix + "-" + i;
				String email = i % 100 == 13 ? "not-an-address" : prefix + "-" + i + "@example.test";
				String cohort = i % 100 == 71 ? "UNKNOWN" : "BENCH-2026";
				out.write(String.join(";", username, first[i % first.length], last[(i / 10) % last.length], email,
						i % 3 == 0 ? "en" : "fr", "apprenant", cohort));
				if (passwords) {
					out.write(";\"mot de passe numéro " + i + "\"");
				}
				out.write("\r\n");
			}
		}
	}

	private static void run(String label, ImportService imports, Path file) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long baseline = usedHeap();
		AtomicLong maxUsed = new AtomicLong(baseline);
		Thread sampler = Thread.ofPlatform().daemon(true).start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				maxUsed.accumulateAndGet(usedHeap(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		long start = System.nanoTime();
		ImportJob job;
		try (InputStream in = Files.newInputStream(file)) {
			job = imports.store(in, file.getFileName().toString());
		}
		long stored = System.nanoTime();
		imports.start(job.id(), job.mapping());
		while (imports.job(job.id()).orElseThrow().state().inProgress()) {
			Thread.sleep(50);
		}
		long end = System.nanoTime();
		sampler.interrupt();
		job = imports.job(job.id()).orElseThrow();
		double seconds = (end - start) / 1e9;
		System.out.printf(
				"%s: %s, %,d rows, %,d created, %,d unchanged, %,d refused, %,d joined the cohort; upload+check %.2f s,"
						+ " import %.1f s, total %.1f s, %,.0f rows/s; heap used: %d MB before, %d MB at most (sampled),"
						+ " pool peaks %d MB%n",
				label, job.state(), job.rows(), job.created(), job.unchanged(), job.invalid(), job.joined(),
				(stored - start) / 1e9, (end - stored) / 1e9, seconds, job.rows() / seconds, baseline >> 20,
				maxUsed.get() >> 20, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20);
		System.out.printf("  started %s, finished %s (%s)%n", job.createdAt(), job.finishedAt(),
				Duration.between(job.createdAt(), job.finishedAt() == null ? Instant.now() : job.finishedAt()));
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void signInAsAdmin(ConfigurableApplicationContext context) {
		var auth = UsernamePasswordAuthenticationToken.authenticated("bench", null,
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
		SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		SecurityContext securityContext = strategy.createEmptyContext();
		securityContext.setAuthentication(auth);
		strategy.setContext(securityContext);
		SecurityContextHolder.getContext().setAuthentication(auth);
	}

}
