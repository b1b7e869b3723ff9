package fr.cmacademy.grading.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.cohort.TrainerCohorts;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.grading.GradingQueueService;
import fr.cmacademy.grading.QueueEntry;
import fr.cmacademy.grading.QueueFilter;
import fr.cmacademy.grading.WorkKind;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The trainer's grading queue: everything waiting for a grade from the learners of their
 * cohorts, oldest first, filtered by cohort, kind, module, state, age and learner; lazy
 * and paged. A cohort outside the trainer's scope in the address is the 404 page.
 */
@Route("grading")
@Menu(order = 21, icon = "vaadin:check-square-o", title = "menu.grading")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class GradingQueueView extends Div implements HasDynamicTitle, BeforeEnterObserver {

	private final GradingQueueService queue;

	private final TrainerCohorts cohorts;

	private final Select<TrainerCohorts.@Nullable Choice> cohort = new Select<>();

	private final Select<@Nullable WorkKind> kind = new Select<>();

	private final Select<@Nullable String> module = new Select<>();

	private final Select<String> state = new Select<>();

	private final Select<@Nullable Integer> age = new Select<>();

	private final TextField learner = new TextField();

	private final Grid<QueueEntry> grid = new Grid<>();

	private final Paragraph count = new Paragraph();

	private final Div empty = new Div();

	private QueueFilter filter = QueueFilter.toGrade();

	/** A trainer who trains no cohort yet: the queue says why it is empty. */
	private boolean noCohort;

	public GradingQueueView(GradingQueueService queue, TrainerCohorts cohorts) {
		this.queue = queue;
		this.cohorts = cohorts;
		addClassNames("page", "grading-queue");
		Paragraph lead = new Paragraph(getTranslation("grading.queue.lead"));
		lead.addClassName("page__lead");
		add(lead, filters(), count, grid, empty);
		configureGrid();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters params = event.getLocation().getQueryParameters();
		QueueFilter wanted = QueueParams.filter(params);
		if (wanted.cohortId() != null) {
			cohort.setValue(cohorts.find(wanted.cohortId()).orElseThrow(NotFoundException::new));
		}
		else {
			cohort.clear();
		}
		kind.setValue(wanted.kind());
		module.setValue(wanted.moduleId());
		state.setValue(QueueParams.state(params));
		age.setValue(wanted.minAgeDays());
		learner.setValue(wanted.learner() == null ? "" : wanted.learner());
		refresh();
	}

	private Div filters() {
		List<TrainerCohorts.Choice> choices = cohorts.mine();
		cohort.setLabel(getTranslation("scope.filter.cohort"));
		cohort.setItems(choices);
		cohort.setItemLabelGenerator(c -> c == null ? getTranslation("scope.filter.cohort.any") : cohortLabel(c));
		cohort.setEmptySelectionAllowed(true);
		cohort.setEmptySelectionCaption(getTranslation("scope.filter.cohort.any"));
		cohort.setVisible(!choices.isEmpty());
		noCohort = choices.isEmpty() && cohorts.scoped();
		kind.setLabel(getTranslation("grading.filter.kind"));
		kind.setItems(WorkKind.values());
		kind.setItemLabelGenerator(k -> k == null ? getTranslation("grading.filter.any") : kindLabel(k));
		anyAllowed(kind);
		List<ModuleEntry> modules = queue.modules();
		module.setLabel(getTranslation("grading.filter.module"));
		module.setItems(modules.stream().map(ModuleEntry::id).toList());
		anyAllowed(module);
		module.setItemLabelGenerator(id -> id == null ? getTranslation("grading.filter.any")
				: modules.stream()
					.filter(m -> m.id().equals(id))
					.findFirst()
					.map(m -> m.title().in(getLocale()))
					.orElse(id));
		state.setLabel(getTranslation("grading.filter.state"));
		state.setItems(QueueParams.STATES);
		state.setItemLabelGenerator(s -> getTranslation("grading.filter.state." + s));
		age.setLabel(getTranslation("grading.filter.age"));
		age.setItems(2, 7, 14);
		anyAllowed(age);
		age.setItemLabelGenerator(days -> days == null ? getTranslation("grading.filter.any")
				: getTranslation("grading.filter.age.days", days));
		learner.setLabel(getTranslation("grading.filter.learner"));
		learner.setClearButtonVisible(true);
		learner.setPrefixComponent(VaadinIcon.SEARCH.create());
		learner.setValueChangeMode(ValueChangeMode.LAZY);
		cohort.addValueChangeListener(e -> filterChanged(e.isFromClient()));
		kind.addValueChangeListener(e -> filterChanged(e.isFromClient()));
		module.addValueChangeListener(e -> filterChanged(e.isFromClient()));
		state.addValueChangeListener(e -> filterChanged(e.isFromClient()));
		age.addValueChangeListener(e -> filterChanged(e.isFromClient()));
		learner.addValueChangeListener(e -> filterChanged(e.isFromClient()));
		Div bar = new Div(cohort, kind, module, state, age, learner);
		bar.addClassName("grading-queue__filters");
		return bar;
	}

	private void anyAllowed(Select<?> select) {
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("grading.filter.any"));
	}

	private void filterChanged(boolean fromClient) {
		if (!fromClient) {
			return;
		}
		QueryParameters params = params();
		getUI().ifPresent(ui -> ui.getPage()
			.getHistory()
			.replaceState(null, new com.vaadin.flow.router.Location("grading", params)));
		refresh();
	}

	private QueryParameters params() {
		return QueueParams.params(cohort.getValue() == null ? null : cohort.getValue().id(), kind.getValue(),
				module.getValue(), state.getValue(), age.getValue(), learner.getValue());
	}

	private void refresh() {
		filter = QueueParams.filter(params());
		int total = queue.count(filter);
		count.setText(getTranslation("grading.queue.count", total));
		grid.setVisible(total > 0);
		empty.removeAll();
		if (total == 0 && noCohort) {
			empty.add(new EmptyState(VaadinIcon.USERS, getTranslation("scope.none.title"),
					getTranslation("scope.none.text")));
		}
		else if (total == 0) {
			empty.add(new EmptyState(VaadinIcon.CHECK_CIRCLE_O, getTranslation("grading.queue.empty.title"),
					getTranslation("grading.queue.empty.text")));
		}
		grid.getDataProvider().refreshAll();
	}

	private void configureGrid() {
		grid.addThemeVariants(GridVariant.ROW_STRIPES);
		grid.setAriaLabel(getTranslation("grading.queue.grid"));
		grid.addColumn(entry -> format(entry.submittedAt()))
			.setHeader(getTranslation("grading.queue.submitted"))
			.setAutoWidth(true);
		grid.addColumn(QueueEntry::learnerName).setHeader(getTranslation("grading.queue.learner")).setAutoWidth(true);
		grid.addColumn(entry -> entry.itemTitle().in(getLocale()))
			.setHeader(getTranslation("grading.queue.activity"))
			.setFlexGrow(1);
		grid.addColumn(entry -> entry.moduleTitle().in(getLocale()))
			.setHeader(getTranslation("grading.queue.module"))
			.setAutoWidth(true);
		grid.addColumn(entry -> kindLabel(entry.kind()))
			.setHeader(getTranslation("grading.queue.kind"))
			.setAutoWidth(true);
		grid.addComponentColumn(entry -> GradeBadges.state(this, entry.state()))
			.setHeader(getTranslation("grading.queue.state"))
			.setAutoWidth(true);
		grid.addColumn(entry -> entry.points() == null ? "—"
				: GradeBadges.points(getLocale(), entry.points()) + " / "
						+ GradeBadges.points(getLocale(), entry.maxPoints()))
			.setHeader(getTranslation("grading.queue.grade"))
			.setAutoWidth(true);
		grid.setItems(query -> queue.queue(filter, query.getOffset(), query.getLimit()).stream(),
				query -> queue.count(filter));
		grid.addItemClickListener(click -> open(click.getItem()));
		grid.addClassName("grading-queue__grid");
	}

	private void open(QueueEntry entry) {
		getUI().ifPresent(ui -> ui.navigate("grading/" + entry.workId(), params()));
	}

	private String cohortLabel(TrainerCohorts.Choice choice) {
		String label = choice.name() + " (" + choice.code() + ")";
		return choice.archived() ? getTranslation("scope.filter.cohort.archived", label) : label;
	}

	private String kindLabel(WorkKind kind) {
		return getTranslation("grading.kind." + kind.slug());
	}

	private String format(java.time.Instant instant) {
		return Formats.dateTime(getLocale(), instant);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("grading.queue.title");
	}

}
