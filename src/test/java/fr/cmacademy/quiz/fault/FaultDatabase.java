package fr.cmacademy.quiz.fault;

import java.net.URI;

/** The MariaDB server the fault tests create their own database on. */
final class FaultDatabase {

	private FaultDatabase() {
	}

	/**
	 * {@code jdbc:mariadb://host:port/} of {@code CM_TEST_DB_URL} (default
	 * 127.0.0.1:3306).
	 */
	static String serverUrl() {
		String url = System.getenv().getOrDefault("CM_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/cmacademy_test");
		URI uri = URI.create(url.substring("jdbc:".length()));
		return "jdbc:mariadb://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 3306 : uri.getPort()) + "/";
	}

}
