package fr.cmacademy.gradebook.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.cohort.TrainerCohorts;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.gradebook.Csv;
import fr.cmacademy.gradebook.GradebookColumns;
import fr.cmacademy.gradebook.GradebookExport;
import fr.cmacademy.gradebook.GradebookQuery;
import fr.cmacademy.gradebook.GradebookService;
import fr.cmacademy.gradebook.LearnerRow;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The gradebook: enrolled learners of the user's cohorts × graded activities, loaded page
 * by page as the grid scrolls, sortable by name or completion, filtered by cohort
 * ({@code ?cohort=<id>}, whose deadline marks late and missed work), text and module,
 * exported as CSV. A cohort outside the user's scope in the address is the 404 page.
 */
@Route("gradebook")
@Menu(order = 22, icon = "vaadin:table", title = "menu.gradebook")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class GradebookView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private final GradebookService gradebook;

	private final GradebookExport export;

	final Select<ProgrammeEntry> programme = new Select<>();

	final Select<TrainerCohorts.@Nullable Choice> cohort = new Select<>();

	private final List<TrainerCohorts.Choice> cohorts;

	/** Whether the user sees only their cohorts' learners (a trainer). */
	private final boolean scoped;

	final TextField search = new TextField();

	final Select<ModuleEntry> module = new Select<>();

	final Select<Csv> separator = new Select<>();

	final Anchor download = new Anchor();

	final Grid<LearnerRow> grid = new Grid<>();

	private final Span count = new Span();

	private final Div body = new Div();

	private GradebookQuery query;

	/** Set while the view itself changes the module filter's items. */
	private boolean reloading;

	public GradebookView(GradebookService gradebook, GradebookExport export) {
		this.gradebook = gradebook;
		this.export = export;
		addClassNames("page", "gradebook-page");
		List<ProgrammeEntry> programmes = gradebook.programmes();
		cohorts = gradebook.cohorts();
		scoped = gradebook.scoped();
		Paragraph lead = new Paragraph(getTranslation("gradebook.lead"));
		lead.addClassName("page__lead");
		add(lead);
		if (programmes.isEmpty()) {
			query = GradebookQuery.of("");
			add(new EmptyState(VaadinIcon.TABLE, getTranslation("gradebook.empty.title"),
					getTranslation("gradebook.no-programme")));
			return;
		}
		query = GradebookQuery.of(programmes.getFirst().id());
		programme.setLabel(getTranslation("gradebook.programme"));
		programme.addClassName("gradebook-wide");
		programme.setItems(programmes);
		programme.setItemLabelGenerator(p -> p.title().in(getLocale()));
		programme.setValue(programmes.getFirst());
		programme.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				query = GradebookQuery.of(e.getValue().id())
					.withText(search.getValue())
					.withCohort(cohort.getValue() == null ? null : cohort.getValue().id());
				reloading = true;
				module.clear();
				reloading = false;
				reload();
			}
		});
		cohort.setLabel(getTranslation("scope.filter.cohort"));
		cohort.setItems(cohorts);
		cohort.setItemLabelGenerator(c -> c == null ? getTranslation("scope.filter.cohort.any") : cohortLabel(c));
		cohort.setEmptySelectionAllowed(true);
		cohort.setEmptySelectionCaption(getTranslation("scope.filter.cohort.any"));
		cohort.setVisible(!cohorts.isEmpty());
		cohort.addValueChangeListener(e -> {
			if (!e.isFromClient()) {
				return;
			}
			Long id = e.getValue() == null ? null : e.getValue().id();
			query = query.withCohort(id);
			getUI().ifPresent(ui -> ui.getPage()
				.getHistory()
				.replaceState(null, new Location("gradebook",
						id == null ? QueryParameters.empty() : QueryParameters.of("cohort", String.valueOf(id)))));
			reload();
		});
		search.setLabel(getTranslation("gradebook.search"));
		search.setPlaceholder(getTranslation("gradebook.search.placeholder"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.addValueChangeListener(e -> {
			query = query.withText(e.getValue());
			refresh();
		});
		module.setLabel(getTranslation("gradebook.module"));
		module.setEmptySelectionAllowed(true);
		module.setEmptySelectionCaption(getTranslation("gradebook.module.all"));
		module
			.setItemLabelGenerator(m -> m == null ? getTranslation("gradebook.module.all") : m.title().in(getLocale()));
		module.addValueChangeListener(e -> {
			if (!reloading) {
				query = query.withModule(e.getValue() == null ? null : e.getValue().id());
				reload();
			}
		});
		separator.setLabel(getTranslation("gradebook.export.format"));
		separator.addClassName("gradebook-wide");
		separator.setItems(Csv.values());
		separator
			.setItemLabelGenerator(c -> getTranslation("gradebook.export.format." + c.name().toLowerCase(Locale.ROOT)));
		separator.setValue("fr".equals(getLocale().getLanguage()) ? Csv.SEMICOLON : Csv.COMMA);
		separator.addValueChangeListener(e -> updateDownload());
		download.setText(getTranslation("gradebook.export"));
		download.addClassNames("gradebook-export");
		Div exporting = new Div(separator, download);
		exporting.addClassName("gradebook-toolbar__export");
		Div toolbar = new Div(programme, cohort, search, module, exporting);
		toolbar.addClassName("gradebook-toolbar");
		count.addClassName("gradebook-count");
		count.getElement().setAttribute("aria-live", "polite");
		grid.addClassName("gradebook-grid");
		grid.setMultiSort(false);
		grid.setPageSize(50);
		grid.addSortListener(e -> {
			query = sorted(e.getSortOrder()
				.stream()
				.map(o -> new QuerySortOrder(o.getSorted().getKey(), o.getDirection()))
				.toList());
			updateDownload();
		});
		grid.setItems(q -> {
			query = sorted(q.getSortOrders());
			return gradebook.page(query, q.getOffset(), q.getLimit()).stream();
		}, q -> gradebook.count(query));
		body.addClassName("gradebook-body");
		add(toolbar, count, body);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (programme.isEmpty()) {
			return;
		}
		TrainerCohorts.Choice wanted = null;
		var parameter = event.getLocation().getQueryParameters().getSingleParameter("cohort");
		if (parameter.isPresent()) {
			wanted = cohorts.stream()
				.filter(c -> String.valueOf(c.id()).equals(parameter.get().strip()))
				.findFirst()
				.orElseThrow(NotFoundException::new);
		}
		cohort.setValue(wanted);
		query = query.withCohort(wanted == null ? null : wanted.id());
		reload();
	}

	private String cohortLabel(TrainerCohorts.Choice choice) {
		String label = choice.name() + " (" + choice.code() + ")";
		if (choice.deadline() != null) {
			label = getTranslation("scope.filter.cohort.due", label,
					fr.cmacademy.shared.ui.Formats.dateTime(getLocale(), choice.deadline()));
		}
		return choice.archived() ? getTranslation("scope.filter.cohort.archived", label) : label;
	}

	/** Rebuilds the columns (programme or module changed) and the rows. */
	private void reload() {
		GradebookColumns columns = gradebook.columns(query);
		if (query.moduleId() == null) {
			reloading = true;
			module.setItems(columns.modules());
			reloading = false;
		}
		GradebookGrid.columns(grid, columns, getLocale());
		body.removeAll();
		int enrolled = gradebook.count(query.withText(""));
		if (enrolled == 0) {
			if (scoped && cohorts.isEmpty()) {
				body.add(new EmptyState(VaadinIcon.USERS, getTranslation("scope.none.title"),
						getTranslation("scope.none.text")));
			}
			else {
				body.add(new EmptyState(VaadinIcon.USERS, getTranslation("gradebook.empty.title"),
						getTranslation(scoped ? "scope.gradebook.empty" : "gradebook.empty.text")));
			}
			count.setText("");
			download.setVisible(false);
			return;
		}
		download.setVisible(true);
		body.add(grid);
		refresh();
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
		count.setText(getTranslation("gradebook.count", gradebook.count(query)));
		updateDownload();
	}

	private GradebookQuery sorted(List<QuerySortOrder> orders) {
		if (orders.isEmpty()) {
			return query.sorted(GradebookQuery.Sort.NAME, false);
		}
		QuerySortOrder order = orders.getFirst();
		GradebookQuery.Sort sort = GradebookGrid.COMPLETION.equals(order.getSorted()) ? GradebookQuery.Sort.COMPLETION
				: GradebookQuery.Sort.NAME;
		return query.sorted(sort, order.getDirection() == SortDirection.DESCENDING);
	}

	private void updateDownload() {
		GradebookQuery snapshot = query;
		Csv csv = separator.getValue() == null ? Csv.COMMA : separator.getValue();
		Locale locale = getLocale();
		String name = GradebookExport.fileName(snapshot.programmeId(), LocalDate.now(ZoneId.of("Europe/Paris")));
		download.setHref(event -> {
			event.setFileName(name);
			event.setContentType("text/csv; charset=UTF-8");
			try (var out = event.getOutputStream()) {
				export.write(snapshot, csv, locale, out);
			}
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("gradebook.title");
	}

}
