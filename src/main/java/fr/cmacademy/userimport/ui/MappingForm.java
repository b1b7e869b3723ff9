package fr.cmacademy.userimport.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.cmacademy.userimport.ColumnMapping;
import fr.cmacademy.userimport.ImportField;
import fr.cmacademy.userimport.ImportJob;
import fr.cmacademy.userimport.ImportProblem;
import fr.cmacademy.userimport.ImportRefusedException;
import fr.cmacademy.userimport.ImportService;
import fr.cmacademy.userimport.ImportService.PreviewRow;

/**
 * The column mapping (one combo box per field, filled from the header row) and a preview
 * of the first rows as that mapping reads them, with what the import would do with each
 * and the problems found; then the button that starts the import.
 */
class MappingForm extends Div {

	static final int PREVIEW_ROWS = 10;

	private final ImportService imports;

	private final ImportJob job;

	private final Consumer<ImportJob> onStart;

	final List<ComboBox<Integer>> combos = new ArrayList<>();

	final UnorderedList mappingProblems = new UnorderedList();

	final Grid<PreviewRow> preview = new Grid<>();

	final Button start = new Button();

	private final Map<ImportField, Grid.Column<PreviewRow>> valueColumns = new EnumMap<>(ImportField.class);

	private ColumnMapping mapping;

	MappingForm(ImportService imports, ImportJob job, Consumer<ImportJob> onStart) {
		this.imports = imports;
		this.job = job;
		this.onStart = onStart;
		this.mapping = job.mapping();
		addClassName("import-mapping");
		Div fields = new Div();
		fields.addClassName("import-mapping__fields");
		List<Integer> columns = IntStream.range(0, job.headers().size()).boxed().toList();
		for (ImportField field : ImportField.values()) {
			ComboBox<Integer> combo = new ComboBox<>(getTranslation(field.labelKey()));
			combo.setItems(columns);
			combo.setItemLabelGenerator(this::columnLabel);
			combo.setClearButtonVisible(true);
			combo.setPlaceholder(getTranslation("userimport.mapping.none"));
			combo.setValue(mapping.column(field));
			combo.setHelperText(getTranslation(field.labelKey() + ".help"));
			combo.addValueChangeListener(e -> {
				mapping = mapping.with(field, e.getValue());
				refresh();
			});
			combos.add(combo);
			fields.add(combo);
		}
		mappingProblems.addClassName("problem-list");
		mappingProblems.getElement().setAttribute("aria-live", "polite");

		preview.addClassName("import-preview");
		preview.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
		preview.setAllRowsVisible(true);
		preview.addColumn(PreviewRow::line).setHeader(getTranslation("userimport.preview.row")).setAutoWidth(true);
		preview.addColumn(r -> getTranslation("userimport.outcome." + r.outcome().toLowerCase(Locale.ROOT)))
			.setHeader(getTranslation("userimport.preview.outcome"))
			.setAutoWidth(true);
		for (ImportField field : ImportField.values()) {
			valueColumns.put(field,
					preview.addColumn(r -> r.values().get(field)).setHeader(getTranslation(field.labelKey())));
		}
		preview.addColumn(r -> r.problems().stream().map(this::problemText).collect(Collectors.joining(" · ")))
			.setHeader(getTranslation("userimport.preview.problems"))
			.setFlexGrow(3);

		start.setText(getTranslation("userimport.start"));
		start.setIcon(VaadinIcon.PLAY.create());
		start.addThemeVariants(ButtonVariant.PRIMARY);
		start.addClickListener(e -> start());

		add(new H2(getTranslation("userimport.mapping.title")),
				new Paragraph(getTranslation("userimport.mapping.text")), fields, mappingProblems,
				new H2(getTranslation("userimport.preview.title")),
				new Paragraph(getTranslation("userimport.preview.text", PREVIEW_ROWS)), preview, start);
		refresh();
	}

	private String columnLabel(Integer column) {
		String header = job.headers().get(column);
		return getTranslation("userimport.mapping.column", column + 1, header.isEmpty() ? "—" : header);
	}

	String problemText(ImportProblem problem) {
		String message = getTranslation(problem.messageKey(), problem.argument() == null ? "" : problem.argument());
		return problem.field() == null ? message
				: getTranslation("userimport.problem.format", getTranslation(problem.field().labelKey()), message);
	}

	private void refresh() {
		mappingProblems.removeAll();
		List<String> problems = mapping.problems(job.headers().size());
		problems.forEach(key -> mappingProblems.add(new ListItem(getTranslation(key))));
		start.setEnabled(problems.isEmpty());
		// Only the fields that a column fills.
		valueColumns.forEach((field, column) -> column.setVisible(mapping.column(field) != null));
		preview.setItems(problems.isEmpty() ? imports.preview(job.id(), mapping, PREVIEW_ROWS) : List.of());
	}

	void start() {
		try {
			onStart.accept(imports.start(job.id(), mapping));
		}
		catch (ImportRefusedException ex) {
			mappingProblems.removeAll();
			mappingProblems.add(new ListItem(new Span(getTranslation(ex.messageKey(), ex.argument()))));
		}
	}

}
