package fr.cmacademy.gradebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.shared.Roles;

/**
 * The gradebook as CSV: every learner matching the query, read and written page by page
 * so a large programme never sits in memory at once.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class GradebookExport {

	/** Learners read per page while exporting. */
	static final int PAGE = 500;

	private final GradebookService gradebook;

	private final I18NProvider i18n;

	GradebookExport(GradebookService gradebook, I18NProvider i18n) {
		this.gradebook = gradebook;
		this.i18n = i18n;
	}

	/**
	 * Writes the CSV (with its byte order mark) to {@code out}; returns the rows written.
	 */
	@Transactional(readOnly = true)
	public int write(GradebookQuery query, Csv csv, Locale locale, OutputStream out) throws IOException {
		GradebookColumns columns = gradebook.columns(query);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(Csv.BOM);
		writer.write(csv.line(header(columns, locale)));
		// A status text per key, looked up once rather than once per cell.
		java.util.Map<String, String> statuses = new java.util.HashMap<>();
		int written = 0;
		while (true) {
			List<LearnerRow> rows = gradebook.page(columns, query, written, PAGE);
			for (LearnerRow row : rows) {
				writer.write(csv.line(fields(columns, row, csv, locale, statuses)));
			}
			written += rows.size();
			if (rows.size() < PAGE) {
				break;
			}
		}
		writer.flush();
		return written;
	}

	/** A file name for the export: the programme and the date. */
	public static String fileName(String programmeId, java.time.LocalDate date) {
		return "gradebook-" + programmeId + "-" + date + ".csv";
	}

	private List<String> header(GradebookColumns columns, Locale locale) {
		List<String> header = new ArrayList<>(
				List.of(t(locale, "gradebook.csv.learner"), t(locale, "gradebook.csv.email")));
		for (Activity activity : columns.activities()) {
			String title = activity.title().in(locale);
			header.add(t(locale, "gradebook.csv.score", title));
			header.add(t(locale, "gradebook.csv.status", title));
		}
		for (ModuleEntry module : columns.modules()) {
			header.add(t(locale, "gradebook.csv.module", module.title().in(locale)));
		}
		header.add(t(locale, "gradebook.csv.completion"));
		header.add(t(locale, "gradebook.csv.minutes"));
		return header;
	}

	private List<String> fields(GradebookColumns columns, LearnerRow row, Csv csv, Locale locale,
			java.util.Map<String, String> statuses) {
		List<String> fields = new ArrayList<>();
		fields.add(row.name());
		fields.add(row.email() == null ? "" : row.email());
		for (Activity activity : columns.activities()) {
			Cell cell = row.cell(activity.itemId());
			fields.add(cell.percent() == null ? "" : csv.number(cell.percent()));
			fields.add(statuses.computeIfAbsent(statusKey(activity, cell) + (cell.late() ? "+late" : ""),
					k -> status(activity, cell, locale)));
		}
		for (ModuleEntry module : columns.modules()) {
			fields.add(Integer.toString(row.modulePercent(module.id())));
		}
		fields.add(Integer.toString(row.completionPercent()));
		fields.add(Long.toString(Math.round(row.secondsSpent() / 60.0)));
		return fields;
	}

	private String status(Activity activity, Cell cell, Locale locale) {
		String text = t(locale, statusKey(activity, cell));
		return cell.late() ? text + " (" + t(locale, "gradebook.status.late") + ")" : text;
	}

	/** The translation key of a cell's status, as the grid and the CSV name it. */
	public static String statusKey(Activity activity, Cell cell) {
		return switch (cell.status()) {
			case NOT_STARTED -> "gradebook.status.not-started";
			case IN_PROGRESS ->
				"ASSIGNMENT".equals(activity.kind()) ? "gradebook.status.draft" : "gradebook.status.in-progress";
			case AWAITING_GRADE -> "gradebook.status.awaiting";
			case GRADED -> Boolean.TRUE.equals(cell.passed()) ? "gradebook.status.passed" : "gradebook.status.failed";
			case MISSED -> "gradebook.status.missed";
		};
	}

	private String t(Locale locale, String key, Object... params) {
		return i18n.getTranslation(key, locale, params);
	}

}
