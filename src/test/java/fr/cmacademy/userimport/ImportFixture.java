package fr.cmacademy.userimport;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cohorts made with SQL (the cohort admin UI is another feature), uploads from text, and
 * waiting for an import to finish.
 */
@Component
public class ImportFixture {

	private final JdbcClient jdbc;

	private final ImportService imports;

	ImportFixture(JdbcClient jdbc, ImportService imports) {
		this.jdbc = jdbc;
		this.imports = imports;
	}

	public static String token() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A cohort with this code, in a new organisation, following the programme. */
	/** A cohort that follows no programme. */
	public long cohort(String code) {
		return cohort(code, null);
	}

	public long cohort(String code, @Nullable String programme) {
		Timestamp now = Timestamp.from(Instant.now());
		String org = "Org " + code;
		jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, :now)")
			.param("n", org)
			.param("now", now)
			.update();
		long orgId = jdbc.sql("SELECT id FROM organisation WHERE name = :n").param("n", org).query(Long.class).single();
		jdbc.sql("INSERT INTO cohort (organisation_id, code, name, created_at) VALUES (:o, :c, :n, :now)")
			.param("o", orgId)
			.param("c", code)
			.param("n", "Cohort " + code)
			.param("now", now)
			.update();
		long cohort = jdbc.sql("SELECT id FROM cohort WHERE code = :c").param("c", code).query(Long.class).single();
		if (programme == null) {
			return cohort;
		}
		jdbc.sql("INSERT INTO cohort_programme (cohort_id, programme_id, added_at) VALUES (:c, :p, :now)")
			.param("c", cohort)
			.param("p", programme)
			.param("now", now)
			.update();
		return cohort;
	}

	public ImportJob upload(String csv) {
		return upload(csv, StandardCharsets.UTF_8);
	}

	public ImportJob upload(String csv, Charset charset) {
		return imports.store(new ByteArrayInputStream(csv.getBytes(charset)), "users.csv");
	}

	/** Starts with the suggested mapping and waits for the end. */
	public ImportJob run(ImportJob job) {
		imports.start(job.id(), job.mapping());
		return await(job.id());
	}

	public ImportJob await(long jobId) {
		Instant limit = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(limit)) {
			ImportJob job = imports.job(jobId).orElseThrow();
			if (!job.state().inProgress()) {
				return job;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Import " + jobId + " did not finish");
	}

}
