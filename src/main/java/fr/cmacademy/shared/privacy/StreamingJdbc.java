package fr.cmacademy.shared.privacy;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link JdbcClient} whose queries fetch rows in batches instead of reading the whole
 * result first (MariaDB's driver otherwise loads every row into memory), for exports of
 * tables where one user can own many large rows. It joins the current transaction like
 * any Spring JDBC access.
 */
public final class StreamingJdbc {

	/** Rows fetched per round trip. */
	public static final int FETCH_SIZE = 200;

	private StreamingJdbc() {
	}

	public static JdbcClient of(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		return JdbcClient.create(template);
	}

}
