package fr.cmacademy.quiz.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import fr.cmacademy.quiz.load.LoadApp;

/**
 * A MariaDB server of this test's own (Debian's {@code mariadbd}), on a free loopback
 * port with its data under {@code target/}, so that it can be killed and restarted
 * without touching the shared server other tests use.
 */
final class PrivateMariaDb implements AutoCloseable {

	private final Path dir;

	private final int port;

	private Process process;

	private int run;

	PrivateMariaDb(Path dir) throws IOException, InterruptedException {
		this.dir = dir.toAbsolutePath();
		this.port = LoadApp.freePort();
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		Files.createDirectories(this.dir.resolve("data"));
		Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults",
				"--datadir=" + this.dir.resolve("data"), "--user=root", "--auth-root-authentication-method=normal",
				"--skip-test-db")
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("install.log").toFile())
			.start();
		if (install.waitFor() != 0) {
			throw new IllegalStateException("mariadb-install-db failed, see " + this.dir.resolve("install.log"));
		}
	}

	String serverUrl() {
		return "jdbc:mariadb://127.0.0.1:" + port + "/";
	}

	void start() throws IOException, InterruptedException {
		run++;
		process = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"),
				"--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"), "--user=root",
				"--skip-name-resolve", "--innodb-buffer-pool-size=64M",
				"--log-error=" + dir.resolve("error-" + run + ".log"))
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("out-" + run + ".log").toFile())
			.start();
		Process started = process;
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			try (Connection c = DriverManager.getConnection(serverUrl(), "root", "")) {
				return;
			}
			catch (SQLException ex) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("mariadbd did not start, see " + dir, ex);
				}
				Thread.sleep(300);
			}
		}
	}

	/** SIGKILL: the database vanishes mid-transaction, as in a crash. */
	void kill() throws InterruptedException {
		if (process != null) {
			process.destroyForcibly().waitFor();
		}
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
