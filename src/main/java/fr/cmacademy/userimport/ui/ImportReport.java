package fr.cmacademy.userimport.ui;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.cmacademy.shared.ui.EmptyState;
import fr.cmacademy.userimport.ImportJob;
import fr.cmacademy.userimport.ImportProblem;
import fr.cmacademy.userimport.ImportService;

/**
 * The report of a finished import: how many accounts were created, left unchanged or
 * refused, and every refused row with its reasons (loaded page by page), also as a CSV
 * file to fix and upload again.
 */
class ImportReport extends Div {

	private final ImportService imports;

	private final ImportJob job;

	final Grid<ImportProblem> problems = new Grid<>();

	final Anchor download = new Anchor();

	ImportReport(ImportService imports, ImportJob job) {
		this.imports = imports;
		this.job = job;
		addClassName("import-report");
		if (job.state() == ImportJob.State.FAILED) {
			Paragraph failed = new Paragraph(
					getTranslation(job.failureKey() == null ? "userimport.failed.unexpected" : job.failureKey()));
			failed.addClassName("import-refusal");
			failed.getElement().setAttribute("role", "alert");
			add(failed);
		}
		Div counts = new Div(stat(job.rows(), "userimport.count.rows"), stat(job.created(), "userimport.count.created"),
				stat(job.unchanged(), "userimport.count.unchanged"), stat(job.invalid(), "userimport.count.invalid"),
				stat(job.joined(), "userimport.count.joined"));
		counts.addClassName("stat-row");
		add(counts, new H2(getTranslation("userimport.report.problems")));
		int count = imports.problemCount(job.id());
		if (count == 0) {
			add(new EmptyState(VaadinIcon.CHECK, getTranslation("userimport.report.clean.title"),
					getTranslation("userimport.report.clean.text")));
			return;
		}
		Paragraph summary = new Paragraph(getTranslation("userimport.report.summary", count));
		problems.addClassName("import-problems");
		problems.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
		problems.setPageSize(100);
		// A short list is shown whole; a long one scrolls and loads page by page.
		problems.setAllRowsVisible(count <= 20);
		if (count > 20) {
			problems.addClassName("import-problems--long");
		}
		problems.addColumn(ImportProblem::row).setHeader(getTranslation("userimport.preview.row")).setAutoWidth(true);
		problems.addColumn(p -> p.field() == null ? "—" : getTranslation(p.field().labelKey()))
			.setHeader(getTranslation("userimport.report.field"))
			.setAutoWidth(true);
		problems.addColumn(this::message).setHeader(getTranslation("userimport.report.message")).setFlexGrow(3);
		problems.setItems(q -> imports.problems(job.id(), q.getOffset(), q.getLimit()).stream(),
				q -> imports.problemCount(job.id()));
		download.setText(getTranslation("userimport.report.download"));
		download.addClassName("import-download");
		Locale locale = getLocale();
		download.setHref(event -> {
			event.setFileName("import-" + job.id() + "-problems.csv");
			event.setContentType("text/csv; charset=UTF-8");
			try (OutputStream out = event.getOutputStream()) {
				writeCsv(out, locale);
			}
		});
		add(summary, download, problems);
	}

	String message(ImportProblem problem) {
		return getTranslation(problem.messageKey(), problem.argument() == null ? "" : problem.argument());
	}

	/**
	 * Row, field and problem, with a byte order mark and the separator French or English
	 * Excel expects; text a spreadsheet would run as a formula is neutralised.
	 */
	void writeCsv(OutputStream out, Locale locale) throws java.io.IOException {
		char separator = "fr".equals(locale.getLanguage()) ? ';' : ',';
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writer.write(line(separator,
				List.of(getTranslation(locale, "userimport.preview.row"),
						getTranslation(locale, "userimport.report.field"),
						getTranslation(locale, "userimport.report.message"))));
		for (int offset = 0;; offset += 1000) {
			List<ImportProblem> page = imports.problems(job.id(), offset, 1000);
			for (ImportProblem p : page) {
				writer.write(line(separator,
						List.of(String.valueOf(p.row()),
								p.field() == null ? "" : getTranslation(locale, p.field().labelKey()),
								getTranslation(locale, p.messageKey(), p.argument() == null ? "" : p.argument()))));
			}
			if (page.size() < 1000) {
				break;
			}
		}
		writer.flush();
	}

	static String line(char separator, List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (String value : fields) {
			if (!line.isEmpty()) {
				line.append(separator);
			}
			String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
			if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
					|| text.indexOf('\r') >= 0) {
				text = '"' + text.replace("\"", "\"\"") + '"';
			}
			line.append(text);
		}
		return line.append("\r\n").toString();
	}

	private Card stat(int value, String labelKey) {
		Span number = new Span(Integer.toString(value));
		number.addClassName("stat__value");
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("stat__label");
		Card card = new Card();
		card.addClassNames("stat", "import-stat");
		card.add(number, label);
		return card;
	}

}
