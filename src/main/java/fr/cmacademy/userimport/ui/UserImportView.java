package fr.cmacademy.userimport.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;
import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.userimport.ImportJob;
import fr.cmacademy.userimport.ImportRefusedException;
import fr.cmacademy.userimport.ImportService;

/**
 * Where an admin uploads a CSV file of users, and finds their earlier imports. The file
 * is checked on the server as it arrives; a refused file says why, an accepted one opens
 * its mapping and preview.
 */
@Route("admin/import")
@Menu(order = 88, icon = "vaadin:upload", title = "menu.user-import")
@RolesAllowed(Roles.ADMIN)
public class UserImportView extends Div implements HasDynamicTitle {

	private final ImportService imports;

	final Upload upload = new Upload();

	final Paragraph refusal = new Paragraph();

	public UserImportView(ImportService imports) {
		this.imports = imports;
		addClassNames("page", "import-page");
		Paragraph lead = new Paragraph(getTranslation("userimport.lead"));
		lead.addClassName("page__lead");

		Button pick = new Button(getTranslation("userimport.upload.button"), VaadinIcon.UPLOAD.create());
		upload.setUploadButton(pick);
		upload.setDropLabel(new Span(getTranslation("userimport.upload.drop")));
		upload.setMaxFiles(1);
		// The file is the request body, streamed to the handler: the server stops reading
		// at the size limit, instead of the servlet container first spooling a multipart
		// upload of any size to disk.
		upload.setUploadFormat(UploadFormat.RAW);
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxSize()));
		// A hint for the browser's file picker only: the server checks the content.
		upload.setAcceptedFileExtensions(".csv", ".txt");
		upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
			.setFileIsTooBig(getTranslation("userimport.refused.too-large", imports.maxSize() / (1024 * 1024)))
			.setIncorrectFileType(getTranslation("userimport.upload.wrong-type"))
			.setTooManyFiles(getTranslation("userimport.upload.one-file"))));
		upload.getElement().setAttribute("aria-label", getTranslation("userimport.upload.label"));
		upload.setUploadHandler(event -> {
			UI ui = event.getUI();
			try {
				ImportJob job = imports.store(event.getInputStream(), event.getFileName());
				ui.access(() -> stored(job.id()));
			}
			catch (ImportRefusedException ex) {
				ui.access(() -> refused(ex));
			}
		});
		refusal.addClassName("import-refusal");
		refusal.getElement().setAttribute("role", "alert");
		refusal.setVisible(false);

		Div format = new Div(new H2(getTranslation("userimport.format.title")),
				new Paragraph(getTranslation("userimport.format.text")), columns());
		format.addClassName("import-format");
		add(lead, upload, refusal, format, recent());
	}

	private UnorderedList columns() {
		UnorderedList list = new UnorderedList();
		for (String key : List.of("username", "email", "name", "language", "roles", "cohort", "password")) {
			list.add(new ListItem(getTranslation("userimport.format.column." + key)));
		}
		return list;
	}

	private Div recent() {
		Div section = new Div(new H2(getTranslation("userimport.recent.title")));
		section.addClassName("import-recent");
		List<ImportJob> jobs = imports.recent(50);
		if (jobs.isEmpty()) {
			section.add(new EmptyState(VaadinIcon.UPLOAD, getTranslation("userimport.recent.empty.title"),
					getTranslation("userimport.recent.empty.text")));
			return section;
		}
		Grid<ImportJob> grid = new Grid<>();
		grid.addClassName("import-recent__grid");
		grid.setAllRowsVisible(true);
		grid.addComponentColumn(job -> new RouterLink(job.fileName(), ImportJobView.class,
				new RouteParameters(ImportJobView.JOB, String.valueOf(job.id()))))
			.setHeader(getTranslation("userimport.recent.file"))
			.setFlexGrow(2);
		grid.addColumn(job -> Formats.dateTime(getLocale(), job.createdAt()))
			.setHeader(getTranslation("userimport.recent.when"));
		grid.addColumn(
				job -> getTranslation("userimport.state." + job.state().name().toLowerCase(java.util.Locale.ROOT)))
			.setHeader(getTranslation("userimport.recent.state"));
		grid.addColumn(ImportJob::created).setHeader(getTranslation("userimport.count.created"));
		grid.addColumn(ImportJob::unchanged).setHeader(getTranslation("userimport.count.unchanged"));
		grid.addColumn(ImportJob::invalid).setHeader(getTranslation("userimport.count.invalid"));
		grid.setItems(jobs);
		section.add(grid);
		return section;
	}

	void stored(long jobId) {
		UI.getCurrent().navigate(ImportJobView.class, new RouteParameters(ImportJobView.JOB, String.valueOf(jobId)));
	}

	void refused(ImportRefusedException ex) {
		upload.clearFileList();
		refusal.setText(getTranslation(ex.messageKey(), ex.argument()));
		refusal.setVisible(true);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("userimport.title");
	}

}
