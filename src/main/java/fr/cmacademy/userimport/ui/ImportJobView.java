package fr.cmacademy.userimport.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.userimport.ImportJob;
import fr.cmacademy.userimport.ImportService;

/**
 * One import: its mapping and preview until the admin starts it, then its progress (the
 * page polls every second; the admin may leave and come back), then its report.
 */
@Route("admin/import/:jobId")
@RolesAllowed(Roles.ADMIN)
public class ImportJobView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	static final String JOB = "jobId";

	private final ImportService imports;

	private final Div body = new Div();

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	private @Nullable ImportJob job;

	private @Nullable Registration polling;

	public ImportJobView(ImportService imports) {
		this.imports = imports;
		addClassNames("page", "import-page");
		progress.setId("import-progress-bar");
		progressText.setId("import-progress-text");
		progressText.getElement().setAttribute("aria-live", "polite");
		progress.getElement().setAttribute("aria-labelledby", "import-progress-text");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			long id = Long.parseLong(event.getRouteParameters().get(JOB).orElse(""));
			job = imports.job(id).orElseThrow(NotFoundException::new);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
		render();
	}

	ImportJob job() {
		if (job == null) {
			throw new IllegalStateException("No import");
		}
		return job;
	}

	private void render() {
		ImportJob current = job();
		removeAll();
		body.removeAll();
		RouterLink back = new RouterLink(getTranslation("userimport.back"), UserImportView.class);
		back.addClassName("import-back");
		Paragraph facts = new Paragraph(getTranslation("userimport.job.facts", current.fileName(),
				Formats.number(getLocale(), current.fileSize() / 1024.0), current.encoding(),
				String.valueOf(current.separator()), Formats.dateTime(getLocale(), current.createdAt())));
		facts.addClassName("page__lead");
		add(back, facts, body);
		switch (current.state()) {
			case UPLOADED -> body.add(new MappingForm(imports, current, started -> {
				job = started;
				render();
			}));
			case QUEUED, RUNNING -> showProgress(current);
			case DONE, FAILED -> body.add(new ImportReport(imports, current));
			case EXPIRED -> body.add(new Paragraph(getTranslation("userimport.state.expired.text")));
		}
		updatePolling();
	}

	private void showProgress(ImportJob current) {
		progress.setMin(0);
		progress.setMax(1);
		progress.setValue(current.progress());
		progressText.setText(getTranslation(
				current.state() == ImportJob.State.QUEUED ? "userimport.progress.queued"
						: "userimport.progress.running",
				current.rows(), current.created(), current.unchanged(), current.invalid()));
		Paragraph leave = new Paragraph(getTranslation("userimport.progress.leave"));
		Div box = new Div(progressText, progress, leave);
		box.addClassName("import-progress");
		body.add(box);
	}

	/** Reads the job again; re-renders when its state changed. */
	void refresh() {
		ImportJob before = job();
		ImportJob now = imports.job(before.id()).orElse(before);
		job = now;
		if (now.state() != before.state()) {
			render();
		}
		else if (now.state().inProgress()) {
			progress.setValue(now.progress());
			progressText.setText(getTranslation("userimport.progress.running", now.rows(), now.created(),
					now.unchanged(), now.invalid()));
		}
	}

	private void updatePolling() {
		UI ui = UI.getCurrent();
		boolean running = job != null && job.state().inProgress();
		if (running && polling == null && ui != null) {
			ui.setPollInterval(1000);
			polling = ui.addPollListener(e -> refresh());
		}
		else if (!running && polling != null) {
			stopPolling();
		}
	}

	private void stopPolling() {
		if (polling != null) {
			polling.remove();
			polling = null;
			getUI().ifPresent(ui -> ui.setPollInterval(-1));
		}
	}

	@Override
	protected void onAttach(AttachEvent event) {
		updatePolling();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		stopPolling();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("userimport.job.title");
	}

}
