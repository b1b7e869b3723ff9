package fr.cmacademy.userimport;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.account.UserAccount;
import fr.cmacademy.account.UserProvisioning;
import fr.cmacademy.account.UserProvisioning.NewUser;
import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.MemberRole;
import fr.cmacademy.userimport.ImportJob.State;
import fr.cmacademy.userimport.RowChecker.Row;
import fr.cmacademy.userimport.internal.ImportFiles;
import fr.cmacademy.userimport.internal.ImportRepository;
import fr.cmacademy.userimport.internal.ImportRepository.StoredJob;

/**
 * Runs one import: streams the stored file record by record, checks each row, and writes
 * valid rows in batches. A batch is one transaction: its accounts, their roles, their
 * cohort memberships (and so their enrolments), its rows' problems and the job's counters
 * commit together or not at all. Passwords are hashed before the transaction opens.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportRepository jobs;

	private final ImportFiles files;

	private final UserProvisioning provisioning;

	private final CohortMembers cohorts;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final int batchSize;

	ImportRunner(ImportRepository jobs, ImportFiles files, UserProvisioning provisioning, CohortMembers cohorts,
			AuditLog audit, TransactionTemplate tx, Clock clock, @Value("${cm.import.batch-size:500}") int batchSize) {
		this.jobs = jobs;
		this.files = files;
		this.provisioning = provisioning;
		this.cohorts = cohorts;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/** What a preview row would become. */
	enum Outcome {

		NEW, UNCHANGED, INVALID

	}

	/** The running totals of one import. */
	static final class Counts {

		int rows;

		int created;

		int unchanged;

		int invalid;

		int joined;

		long bytes;

	}

	void run(long jobId) {
		StoredJob stored = jobs.find(jobId).orElseThrow();
		ImportJob job = stored.job();
		jobs.running(jobId, clock.instant());
		Counts counts = new Counts();
		String failure = null;
		try (CountingStream counting = new CountingStream(open(stored));
				CsvReader csv = new CsvReader(reader(counting, job), job.separator())) {
			csv.next();
			RowChecker checker = new RowChecker(provisioning, cohorts, job.mapping(), job.headers().size());
			List<Row> batch = new ArrayList<>(batchSize);
			List<ImportProblem> problems = new ArrayList<>();
			try {
				CsvReader.Record record;
				while ((record = csv.next()) != null) {
					if (Thread.currentThread().isInterrupted()) {
						throw new InterruptedIOException();
					}
					if (record.blank()) {
						continue;
					}
					counts.rows++;
					Row row = checker.check(record, problems);
					if (row == null) {
						counts.invalid++;
					}
					else {
						batch.add(row);
					}
					if (batch.size() >= batchSize || problems.size() >= batchSize) {
						counts.bytes = counting.count;
						flush(jobId, batch, problems, counts);
					}
				}
			}
			catch (CsvReader.CsvException ex) {
				// The rest of the file cannot be split into rows: say where, keep what
				// came before.
				counts.rows++;
				counts.invalid++;
				problems.add(new ImportProblem(ex.line(), null, ex.messageKey(), null));
			}
			counts.bytes = job.fileSize();
			flush(jobId, batch, problems, counts);
		}
		catch (InterruptedIOException ex) {
			failure = "userimport.failed.interrupted";
		}
		catch (IOException | RuntimeException ex) {
			log.error("Import {} stopped", jobId, ex);
			failure = "userimport.failed.unexpected";
		}
		finally {
			if (stored.storedFile() != null) {
				files.delete(stored.storedFile());
				jobs.forgetFile(jobId);
			}
		}
		String failureKey = failure;
		tx.executeWithoutResult(status -> {
			jobs.finish(jobId, failureKey == null ? State.DONE : State.FAILED, failureKey, clock.instant());
			audit.record("users.import", "user_import", jobId, "rows=" + counts.rows + " created=" + counts.created
					+ " unchanged=" + counts.unchanged + " invalid=" + counts.invalid + " joined=" + counts.joined);
		});
	}

	/**
	 * Writes one batch: classifies the rows against existing accounts, hashes new
	 * passwords, then commits accounts, memberships, problems and counters together. A
	 * user name or e-mail taken by someone else meanwhile makes the batch start over
	 * once.
	 */
	private void flush(long jobId, List<Row> batch, List<ImportProblem> problems, Counts counts) {
		for (int attempt = 1;; attempt++) {
			try {
				write(jobId, batch, problems, counts);
				batch.clear();
				problems.clear();
				return;
			}
			catch (DuplicateKeyException ex) {
				if (attempt == 2) {
					throw ex;
				}
			}
		}
	}

	private void write(long jobId, List<Row> batch, List<ImportProblem> pending, Counts counts) {
		List<ImportProblem> problems = new ArrayList<>(pending);
		Classified classified = classify(batch, problems);
		var prepared = provisioning.prepare(classified.created.stream().map(Row::user).toList());
		Integer joined = tx.execute(status -> {
			List<Long> ids = provisioning.insert(prepared);
			Map<String, List<Long>> members = new LinkedHashMap<>();
			for (int i = 0; i < ids.size(); i++) {
				member(members, classified.created.get(i), ids.get(i));
			}
			classified.unchanged.forEach((row, id) -> member(members, row, id));
			int added = 0;
			for (var entry : members.entrySet()) {
				String[] key = entry.getKey().split(":");
				added += cohorts.add(Long.parseLong(key[0]), entry.getValue(), MemberRole.valueOf(key[1]));
			}
			jobs.addProblems(jobId, problems);
			jobs.progress(jobId, counts.rows, counts.created + ids.size(),
					counts.unchanged + classified.unchanged.size(), counts.invalid + classified.invalid,
					counts.joined + added, counts.bytes);
			return added;
		});
		counts.created += classified.created.size();
		counts.unchanged += classified.unchanged.size();
		counts.invalid += classified.invalid;
		counts.joined += joined == null ? 0 : joined;
	}

	private static void member(Map<String, List<Long>> members, Row row, long userId) {
		if (row.cohort() == null) {
			return;
		}
		for (MemberRole role : MemberRole.values()) {
			if (row.user().roles().contains(role.name())) {
				members.computeIfAbsent(row.cohort().id() + ":" + role.name(), k -> new ArrayList<>()).add(userId);
			}
		}
	}

	/**
	 * Rows to create, rows whose account already exists with the same data, conflicts.
	 */
	static final class Classified {

		final List<Row> created = new ArrayList<>();

		final Map<Row, Long> unchanged = new LinkedHashMap<>();

		int invalid;

		Outcome outcome(Row row) {
			return unchanged.containsKey(row) ? Outcome.UNCHANGED
					: created.contains(row) ? Outcome.NEW : Outcome.INVALID;
		}

	}

	Classified classify(List<Row> batch, List<ImportProblem> problems) {
		Classified result = new Classified();
		if (batch.isEmpty()) {
			return result;
		}
		List<String> names = batch.stream().map(r -> r.user().username()).toList();
		List<String> emails = batch.stream().map(r -> r.user().email()).toList();
		Map<String, UserAccount> byName = new HashMap<>();
		Map<String, UserAccount> byEmail = new HashMap<>();
		for (UserAccount account : provisioning.existing(names, emails)) {
			byName.put(account.username().toLowerCase(Locale.ROOT), account);
			if (account.email() != null) {
				byEmail.put(account.email().toLowerCase(Locale.ROOT), account);
			}
		}
		for (Row row : batch) {
			NewUser user = row.user();
			UserAccount existing = byName.get(user.username());
			if (existing != null) {
				if (same(user, existing)) {
					result.unchanged.put(row, existing.id());
				}
				else {
					result.invalid++;
					problems.add(new ImportProblem(row.line(), ImportField.USERNAME,
							"userimport.problem.exists-different", null));
				}
			}
			else if (byEmail.containsKey(user.email().toLowerCase(Locale.ROOT))) {
				result.invalid++;
				problems.add(new ImportProblem(row.line(), ImportField.EMAIL, "userimport.problem.email-taken", null));
			}
			else {
				result.created.add(row);
			}
		}
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
		return result;
	}

	/**
	 * Whether an existing account already holds what the row says. The password is not
	 * compared: an import never changes an existing account's password.
	 */
	static boolean same(NewUser user, UserAccount existing) {
		return user.email().equalsIgnoreCase(existing.email() == null ? "" : existing.email())
				&& user.displayName().equals(existing.displayName()) && user.roles().equals(existing.roles())
				&& (user.locale() == null || existing.preferredLocale() != null
						&& user.locale().getLanguage().equals(existing.preferredLocale().getLanguage()));
	}

	InputStream open(StoredJob stored) throws IOException {
		if (stored.storedFile() == null) {
			throw new IOException("The file of import " + stored.job().id() + " is gone");
		}
		InputStream in = new BufferedInputStream(Files.newInputStream(files.path(stored.storedFile())), 1 << 16);
		if (stored.bom()) {
			in.skipNBytes(3);
		}
		return in;
	}

	static InputStreamReader reader(InputStream in, ImportJob job) {
		return new InputStreamReader(in, Charset.forName(job.encoding()));
	}

	/** Counts the bytes read, for the progress bar. */
	static final class CountingStream extends FilterInputStream {

		volatile long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

	}

}
