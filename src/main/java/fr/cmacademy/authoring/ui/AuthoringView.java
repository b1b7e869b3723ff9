package fr.cmacademy.authoring.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.authoring.AuthoredModule;
import fr.cmacademy.authoring.AuthoringException;
import fr.cmacademy.authoring.AuthoringService;
import fr.cmacademy.authoring.NewModule;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;
import fr.cmacademy.shared.ui.Formats;

/**
 * Trainers' authoring home: every module with where it stands (files only, draft,
 * published, unpublished changes), a form to start a module, and zip import.
 */
@Route("authoring")
@Menu(order = 23, icon = "vaadin:edit", title = "menu.authoring")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class AuthoringView extends Div implements HasDynamicTitle {

	private final AuthoringService authoring;

	private final Grid<AuthoredModule> grid = new Grid<>();

	private final Div empty = new Div();

	public AuthoringView(AuthoringService authoring) {
		this.authoring = authoring;
		addClassNames("page", "authoring");
		Paragraph lead = new Paragraph(getTranslation("authoring.lead"));
		lead.addClassName("page__lead");
		add(lead, newModuleForm(), importForm(), grid, empty);
		configureGrid();
		refresh();
	}

	private void configureGrid() {
		Locale locale = getLocale();
		grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.addColumn(m -> m.title().in(locale)).setHeader(getTranslation("authoring.list.module")).setFlexGrow(3);
		grid.addColumn(AuthoredModule::programmeId).setHeader(getTranslation("authoring.list.programme"));
		grid.addComponentColumn(m -> {
			Span badge = new Span(getTranslation("authoring.state." + m.state().name().toLowerCase(Locale.ROOT),
					m.version() == null ? 0 : m.version()));
			badge.addClassNames("status-badge", "authoring-state--" + m.state().name().toLowerCase(Locale.ROOT));
			return badge;
		}).setHeader(getTranslation("authoring.list.state"));
		grid.addColumn(m -> m.updatedAt() == null ? ""
				: getTranslation("authoring.list.by", m.updatedBy(), Formats.dateTime(locale, m.updatedAt())))
			.setHeader(getTranslation("authoring.list.changed"));
		grid.addComponentColumn(m -> {
			Button open = new Button(
					getTranslation(
							m.state() == AuthoredModule.State.FOLDER ? "authoring.list.take" : "authoring.list.open"),
					click -> open(m));
			open.getElement()
				.setAttribute("aria-label", getTranslation("authoring.list.open.aria", m.title().in(locale)));
			return open;
		}).setHeader(getTranslation("authoring.list.actions"));
	}

	private void open(AuthoredModule m) {
		try {
			if (m.state() == AuthoredModule.State.FOLDER) {
				authoring.takeFromFolder(m.id());
			}
			getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, ModuleEditorView.params(m.id())));
		}
		catch (AuthoringException e) {
			Feedback.refused(this, e);
		}
	}

	private void refresh() {
		List<AuthoredModule> modules = authoring.modules();
		grid.setItems(modules);
		grid.setVisible(!modules.isEmpty());
		empty.removeAll();
		if (modules.isEmpty()) {
			empty.add(new EmptyState(VaadinIcon.EDIT, getTranslation("authoring.empty.title"),
					getTranslation("authoring.empty.text")));
		}
	}

	private Details newModuleForm() {
		ComboBox<String> programme = new ComboBox<>(getTranslation("authoring.new.programme"));
		programme.setItems(authoring.programmes());
		programme.setAllowCustomValue(true);
		programme.addCustomValueSetListener(e -> programme.setValue(e.getDetail()));
		programme.setHelperText(getTranslation("authoring.new.programme.help"));
		programme.setRequiredIndicatorVisible(true);
		Bilingual programmeTitle = new Bilingual(this, "authoring.new.programme-title", false);
		Bilingual programmeSummary = new Bilingual(this, "authoring.new.programme-summary", false);
		Div newProgramme = new Div(programmeTitle, programmeSummary);
		newProgramme.setVisible(false);
		programme.addValueChangeListener(
				e -> newProgramme.setVisible(e.getValue() != null && !authoring.programmes().contains(e.getValue())));
		TextField id = new TextField(getTranslation("authoring.new.id"));
		id.setHelperText(getTranslation("authoring.id.help"));
		id.setPattern("[a-z0-9][a-z0-9-]{2,79}");
		id.setMaxLength(80);
		id.setRequired(true);
		Bilingual title = new Bilingual(this, "authoring.module.title", false);
		Bilingual summary = new Bilingual(this, "authoring.module.summary", false);
		Button create = new Button(getTranslation("authoring.new.create"));
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.addClickListener(click -> {
			String programmeId = programme.getValue() == null ? "" : programme.getValue().strip();
			boolean isNew = !authoring.programmes().contains(programmeId);
			try {
				String moduleId = authoring.create(new NewModule(programmeId, isNew ? programmeTitle.value() : null,
						isNew ? programmeSummary.value() : null, id.getValue().strip(), title.value(),
						summary.value()));
				getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, ModuleEditorView.params(moduleId)));
			}
			catch (AuthoringException e) {
				Feedback.refused(this, e);
			}
		});
		Div form = new Div(programme, newProgramme, id, title, summary, create);
		form.addClassName("authoring-form");
		Details details = new Details(getTranslation("authoring.new.title"), form);
		details.addClassName("authoring-section");
		return details;
	}

	private Details importForm() {
		ComboBox<String> programme = new ComboBox<>(getTranslation("authoring.import.programme"));
		programme.setItems(authoring.programmes());
		programme.setHelperText(getTranslation("authoring.import.programme.help"));
		Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
			try {
				String moduleId = authoring.importZip(data, programme.getValue());
				Feedback.saved(this, "authoring.import.done", moduleId);
				getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, ModuleEditorView.params(moduleId)));
			}
			catch (AuthoringException e) {
				Feedback.refused(this, e);
			}
		}));
		upload.setAcceptedFileTypes("application/zip", ".zip");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(fr.cmacademy.authoring.ModuleFiles.MAX_MODULE_BYTES);
		upload.setUploadButton(new Button(getTranslation("authoring.import.button")));
		upload.setDropLabel(new Span(getTranslation("authoring.import.drop")));
		Div form = new Div(new Paragraph(getTranslation("authoring.import.text")), programme, upload);
		form.addClassName("authoring-form");
		Details details = new Details(getTranslation("authoring.import.title"), form);
		details.addClassName("authoring-section");
		return details;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("authoring.title");
	}

}
