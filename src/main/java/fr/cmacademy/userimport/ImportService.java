package fr.cmacademy.userimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import fr.cmacademy.account.UserProvisioning;
import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.SignedInUser;
import fr.cmacademy.userimport.ImportRunner.Outcome;
import fr.cmacademy.userimport.RowChecker.Row;
import fr.cmacademy.userimport.internal.ImportFiles;
import fr.cmacademy.userimport.internal.ImportRepository;
import fr.cmacademy.userimport.internal.ImportRepository.StoredJob;
import jakarta.annotation.PreDestroy;

/**
 * Bulk import of users for admins: store and check an upload, preview it with a column
 * mapping, start it (it runs on its own thread, one import at a time, as the admin who
 * started it), and read its progress and report.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ImportService {

	private final ImportRepository jobs;

	private final ImportFiles files;

	private final ImportRunner runner;

	private final UserProvisioning provisioning;

	private final CohortMembers cohorts;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	private final long maxSize;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("user-import").daemon(true).factory());

	ImportService(ImportRepository jobs, ImportFiles files, ImportRunner runner, UserProvisioning provisioning,
			CohortMembers cohorts, AuditLog audit, TransactionTemplate tx, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security,
			@Value("${cm.import.max-size:50MB}") DataSize maxSize) {
		this.jobs = jobs;
		this.files = files;
		this.runner = runner;
		this.provisioning = provisioning;
		this.cohorts = cohorts;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.maxSize = maxSize.toBytes();
	}

	/** The largest file accepted, in bytes. */
	public long maxSize() {
		return maxSize;
	}

	/**
	 * Copies an upload into the import directory while checking it: at most
	 * {@link #maxSize()} bytes, text (no NUL byte, no spreadsheet, archive or PDF
	 * signature), UTF-8 or else Windows-1252; then reads its header row and guesses the
	 * separator and the mapping. The browser's name and type are not trusted.
	 * @throws ImportRefusedException saying why the file cannot be imported
	 */
	public ImportJob store(InputStream upload, @Nullable String fileName) {
		String stored = files.create();
		Path path = files.path(stored);
		TextSniffer sniffer = new TextSniffer();
		try {
			try (InputStream in = upload; OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE)) {
				byte[] buffer = new byte[1 << 16];
				int n;
				while ((n = in.read(buffer)) > 0) {
					sniffer.feed(buffer, n);
					if (sniffer.size() > maxSize) {
						throw new ImportRefusedException("userimport.refused.too-large",
								String.valueOf(maxSize / (1024 * 1024)));
					}
					out.write(buffer, 0, n);
				}
			}
			Optional<String> refusal = sniffer.refusal();
			if (refusal.isPresent()) {
				throw new ImportRefusedException(refusal.get(), "");
			}
			Header header = header(path, sniffer);
			String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
			String shown = name.length() > 200 ? name.substring(0, 200) : name;
			Long id = tx.execute(status -> {
				long created = jobs.insert(actorId(), shown, stored, sniffer.size(), sniffer.charset().name(),
						sniffer.bom(), header.separator(), header.columns(), ColumnMapping.suggest(header.columns()),
						clock.instant());
				audit.record("users.import.upload", "user_import", created,
						"bytes=" + sniffer.size() + " columns=" + header.columns().size());
				return created;
			});
			return jobs.find(Objects.requireNonNull(id)).orElseThrow().job();
		}
		catch (IOException ex) {
			files.delete(stored);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			files.delete(stored);
			throw ex;
		}
	}

	private record Header(char separator, List<String> columns) {
	}

	private static Header header(Path path, TextSniffer sniffer) throws IOException {
		char separator;
		try (Reader reader = reader(path, sniffer)) {
			StringBuilder first = new StringBuilder();
			int c;
			while ((c = reader.read()) != -1 && c != '\n' && c != '\r' && first.length() < 65_536) {
				first.append((char) c);
			}
			if (first.toString().isBlank()) {
				throw new ImportRefusedException("userimport.refused.no-header", "");
			}
			separator = CsvReader.detectSeparator(first.toString());
		}
		try (CsvReader csv = new CsvReader(reader(path, sniffer), separator)) {
			CsvReader.Record record = csv.next();
			if (record == null || record.blank()) {
				throw new ImportRefusedException("userimport.refused.no-header", "");
			}
			List<String> columns = record.fields()
				.stream()
				.map(h -> h.replace('\n', ' ').strip())
				.map(h -> h.length() > 80 ? h.substring(0, 80) : h)
				.toList();
			if (columns.size() > 100) {
				throw new ImportRefusedException("userimport.refused.too-many-columns", "100");
			}
			return new Header(separator, columns);
		}
		catch (CsvReader.CsvException ex) {
			throw new ImportRefusedException("userimport.refused.no-header", "");
		}
	}

	private static Reader reader(Path path, TextSniffer sniffer) throws IOException {
		InputStream in = Files.newInputStream(path);
		if (sniffer.bom()) {
			in.skipNBytes(3);
		}
		return new BufferedReader(new InputStreamReader(in, sniffer.charset()));
	}

	/**
	 * The first rows as the mapping reads them, each with what an import would do: create
	 * the account, leave an identical one unchanged, or refuse the row (with its
	 * problems). Checks everything an import checks, writes nothing but the mapping.
	 * Passwords are masked.
	 */
	public List<PreviewRow> preview(long jobId, ColumnMapping mapping, int limit) {
		StoredJob stored = jobs.find(jobId).orElseThrow();
		ImportJob job = stored.job();
		if (job.state() != ImportJob.State.UPLOADED || stored.storedFile() == null) {
			return List.of();
		}
		jobs.saveMapping(jobId, mapping);
		RowChecker checker = new RowChecker(provisioning, cohorts, mapping, job.headers().size());
		List<PreviewRow> rows = new ArrayList<>();
		List<Row> valid = new ArrayList<>();
		Map<Integer, List<ImportProblem>> problemsByLine = new java.util.HashMap<>();
		List<CsvReader.Record> records = new ArrayList<>();
		try (CsvReader csv = new CsvReader(ImportRunner.reader(runner.open(stored), job), job.separator())) {
			csv.next();
			CsvReader.Record record;
			while (records.size() < limit && (record = csv.next()) != null) {
				if (record.blank()) {
					continue;
				}
				records.add(record);
				List<ImportProblem> problems = new ArrayList<>();
				Row row = checker.check(record, problems);
				if (row != null) {
					valid.add(row);
				}
				problemsByLine.put(record.line(), problems);
			}
		}
		catch (CsvReader.CsvException ex) {
			problemsByLine.computeIfAbsent(ex.line(), k -> new ArrayList<>())
				.add(new ImportProblem(ex.line(), null, ex.messageKey(), null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<ImportProblem> conflicts = new ArrayList<>();
		ImportRunner.Classified classified = runner.classify(valid, conflicts);
		conflicts.forEach(p -> problemsByLine.computeIfAbsent(p.row(), k -> new ArrayList<>()).add(p));
		Map<Integer, Row> validByLine = new java.util.HashMap<>();
		valid.forEach(r -> validByLine.put(r.line(), r));
		for (CsvReader.Record record : records) {
			Map<ImportField, String> values = new EnumMap<>(ImportField.class);
			for (ImportField field : ImportField.values()) {
				String value = mapping.value(record.fields(), field);
				values.put(field, field == ImportField.PASSWORD && !value.isEmpty() ? "••••••••" : value);
			}
			Row row = validByLine.get(record.line());
			Outcome outcome = row == null ? Outcome.INVALID : classified.outcome(row);
			rows.add(new PreviewRow(record.line(), values, outcome.name(),
					problemsByLine.getOrDefault(record.line(), List.of())));
		}
		return rows;
	}

	/** A row of the preview; {@code outcome} is NEW, UNCHANGED or INVALID. */
	public record PreviewRow(int line, Map<ImportField, String> values, String outcome, List<ImportProblem> problems) {
	}

	/**
	 * Starts the import with this mapping on the import thread, as the signed-in admin.
	 * Starting twice starts it once.
	 * @throws ImportRefusedException when the mapping misses a required field or uses a
	 * column twice
	 */
	public ImportJob start(long jobId, ColumnMapping mapping) {
		ImportJob job = jobs.find(jobId).orElseThrow().job();
		List<String> problems = mapping.problems(job.headers().size());
		if (!problems.isEmpty()) {
			throw new ImportRefusedException(problems.getFirst(), "");
		}
		if (jobs.queue(jobId, mapping)) {
			SecurityContext context = security.getContext();
			worker.execute(() -> runAs(context, jobId));
		}
		return jobs.find(jobId).orElseThrow().job();
	}

	private void runAs(SecurityContext context, long jobId) {
		security.setContext(context);
		SecurityContextHolder.getContext().setAuthentication(context.getAuthentication());
		try {
			runner.run(jobId);
		}
		finally {
			security.clearContext();
			SecurityContextHolder.clearContext();
		}
	}

	/** A page of the rows refused, in file order. */
	@Transactional(readOnly = true)
	public List<ImportProblem> problems(long jobId, int offset, int limit) {
		return jobs.problems(jobId, offset, Math.min(limit, 1000));
	}

	@Transactional(readOnly = true)
	public int problemCount(long jobId) {
		return jobs.problemCount(jobId);
	}

	@Transactional(readOnly = true)
	public Optional<ImportJob> job(long id) {
		return jobs.find(id).map(StoredJob::job);
	}

	/** The latest imports, newest first. */
	public List<ImportJob> recent(int limit) {
		return jobs.recent(Math.min(limit, 200));
	}

	private @Nullable Long actorId() {
		Authentication auth = security.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user.id() : null;
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
