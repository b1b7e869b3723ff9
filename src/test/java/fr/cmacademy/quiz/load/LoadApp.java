package fr.cmacademy.quiz.load;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The application under load, as its own JVM (so that the load generator's threads and
 * heap are not the server's, and so that a test can kill it with SIGKILL), on a database
 * of its own on loopback; and the learners it needs, inserted in bulk.
 */
public final class LoadApp implements AutoCloseable {

	public static final String PASSWORD = "exam-day-2026";

	public static final String EXAM = "cm-certification-exam";

	private final String jdbcUrl;

	private final int port;

	private final List<String> extraArgs;

	private Process process;

	private int run;

	/**
	 * @param jdbcUrl the database (created and migrated by the application at start)
	 * @param extraArgs more {@code --key=value} arguments for the application
	 */
	public LoadApp(String jdbcUrl, List<String> extraArgs) throws IOException {
		this.jdbcUrl = jdbcUrl;
		this.port = freePort();
		this.extraArgs = extraArgs;
	}

	/** Drops and recreates a database on the local MariaDB (never the tests' one). */
	public static void recreate(String server, String database) throws SQLException {
		try (Connection c = DriverManager.getConnection(server, "root", ""); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + database);
			s.execute("CREATE DATABASE " + database);
		}
	}

	public int port() {
		return port;
	}

	public String jdbcUrl() {
		return jdbcUrl;
	}

	/**
	 * Starts the server and waits until it answers its health check (8 minutes at most: a
	 * fresh database is migrated and the curriculum loaded first).
	 */
	public void start() throws IOException, InterruptedException {
		run++;
		String database = jdbcUrl.replaceAll(".*/([^/?]+).*", "$1");
		Path log = Path.of("target", "load-server-" + database + "-" + run + ".log");
		Files.createDirectories(log.getParent());
		String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(javaBin, "-Xmx" + System.getProperty("load.server.heap", "2g"), "-XX:+UseG1GC"));
		String jar = System.getProperty("load.jar");
		if (jar != null && !jar.isBlank()) {
			command.addAll(List.of("-jar", jar));
		}
		else {
			// Absolute entries: Liquibase names change sets after their class path.
			String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !entry.contains("gatling") && !entry.contains("highcharts"))
				.map(entry -> Path.of(entry).toAbsolutePath().toString())
				.collect(Collectors.joining(File.pathSeparator));
			command.addAll(List.of("-cp", classPath, "fr.cmacademy.Application"));
		}
		command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=root",
				"--spring.datasource.password=", "--cm.embedded-db.enabled=false", "--cm.demo.seed=false",
				"--vaadin.devmode.devTools.enabled=false", "--vaadin.launch-browser=false",
				"--spring.main.banner-mode=off", "--logging.level.org.atmosphere=warn",
				// Development mode records where every component was created (a Throwable
				// each, for the dev tools): about 1.7 MB per learner on the exam page,
				// which
				// production mode never does. Off, to measure what a deployment holds.
				"--vaadin.devmode.componentTracker.enabled=false"));
		command.addAll(extraArgs);
		process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Process started = process;
		// Never leave a server behind, whatever ends this JVM.
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
		long deadline = System.nanoTime() + Duration.ofMinutes(Long.getLong("load.start-minutes", 8)).toNanos();
		while (!reachable()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("server did not start, see " + log.toAbsolutePath());
			}
			Thread.sleep(500);
		}
	}

	/** SIGKILL: no shutdown hook, no flush, like a crash or the OOM killer. */
	public void kill() throws InterruptedException {
		if (process != null) {
			process.destroyForcibly().waitFor();
		}
	}

	public long pid() {
		return process.pid();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	public boolean reachable() {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI
				.create("http://127.0.0.1:" + port + "/actuator/health")
				.toURL()
				.openConnection();
			connection.setConnectTimeout(500);
			connection.setReadTimeout(3000);
			return connection.getResponseCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Inserts {@code count} English-speaking learners {@code <prefix>-1 …}, enrolled in
	 * the certification programme, all with {@link #PASSWORD}.
	 */
	public void learners(String prefix, int count) throws SQLException {
		insertLearners(jdbcUrl, prefix, count);
	}

	/** {@link #learners} on any database migrated by the application. */
	public static void insertLearners(String jdbcUrl, String prefix, int count) throws SQLException {
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		try (Connection c = DriverManager.getConnection(jdbcUrl, "root", ""); Statement s = c.createStatement()) {
			s.execute(
					"""
							INSERT INTO app_user (username, email, display_name, password_hash, preferred_locale, enabled, created_at)
							SELECT CONCAT('%1$s-', seq), CONCAT('%1$s-', seq, '@example.test'), CONCAT('Learner ', seq), '%2$s',
							  'en', TRUE, NOW(6)
							FROM seq_1_to_%3$d"""
						.formatted(prefix, hash, count));
			s.execute("INSERT INTO user_role (user_id, role) SELECT id, 'LEARNER' FROM app_user WHERE username LIKE '"
					+ prefix + "-%'");
			s.execute("INSERT INTO enrolment (user_id, programme_id, enrolled_at) SELECT id, 'cm-certification', NOW(6)"
					+ " FROM app_user WHERE username LIKE '" + prefix + "-%'");
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
