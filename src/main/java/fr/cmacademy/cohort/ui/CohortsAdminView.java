package fr.cmacademy.cohort.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.cohort.CohortFilter;
import fr.cmacademy.cohort.CohortRow;
import fr.cmacademy.cohort.Cohorts;
import fr.cmacademy.cohort.Organisation;
import fr.cmacademy.cohort.Organisations;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The admin's organisations and their cohorts: both lists load page by page and can be
 * searched; a cohort opens on its own page (members, programmes, deadline).
 */
@Route("admin/cohorts")
@Menu(order = 87, icon = "vaadin:building", title = "cohorts.admin.menu")
@RolesAllowed(Roles.ADMIN)
public class CohortsAdminView extends Div implements HasDynamicTitle {

	final TextField organisationSearch = new TextField();

	final Grid<Organisation> organisationGrid = new Grid<>();

	final Button newOrganisation = new Button();

	final TextField cohortSearch = new TextField();

	final Select<Organisation> organisationFilter = new Select<>();

	final Checkbox archived = new Checkbox();

	final Grid<CohortRow> cohortGrid = new Grid<>();

	final Button newCohort = new Button();

	private final Organisations organisations;

	private final Cohorts cohorts;

	private final Div organisationBody = new Div();

	private final Div cohortBody = new Div();

	private final Clock clock;

	public CohortsAdminView(Organisations organisations, Cohorts cohorts, Clock clock) {
		this.organisations = organisations;
		this.cohorts = cohorts;
		this.clock = clock;
		addClassNames("page", "cohorts-admin");
		Paragraph lead = new Paragraph(getTranslation("cohorts.admin.lead"));
		lead.addClassName("page__lead");

		newOrganisation.setText(getTranslation("cohorts.admin.organisation.new"));
		newOrganisation.setIcon(VaadinIcon.PLUS.create());
		newOrganisation.addClickListener(click -> new OrganisationDialog(organisations, null, this::reload).open());
		organisationSearch.setLabel(getTranslation("cohorts.admin.organisation.search"));
		organisationSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
		organisationSearch.setClearButtonVisible(true);
		organisationSearch.setValueChangeMode(ValueChangeMode.LAZY);
		organisationSearch.addValueChangeListener(e -> organisationGrid.getDataProvider().refreshAll());
		organisationGrid.addColumn(Organisation::name)
			.setHeader(getTranslation("cohorts.admin.organisation.name"))
			.setFlexGrow(3);
		organisationGrid.addColumn(Organisation::cohorts)
			.setHeader(getTranslation("cohorts.admin.organisation.cohorts"));
		organisationGrid.addComponentColumn(o -> {
			Button rename = new Button(getTranslation("cohorts.admin.organisation.rename"),
					click -> new OrganisationDialog(organisations, o, this::reload).open());
			rename.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
			rename.setAriaLabel(getTranslation("cohorts.admin.organisation.rename.label", o.name()));
			return rename;
		}).setHeader(getTranslation("cohorts.admin.actions"));
		organisationGrid.setItems(
				q -> organisations.page(organisationSearch.getValue(), q.getOffset(), q.getLimit()).stream(),
				q -> organisations.count(organisationSearch.getValue()));
		organisationGrid.setAriaLabel(getTranslation("cohorts.admin.organisations"));
		organisationGrid.setEmptyStateText(getTranslation("cohorts.admin.organisation.none-match"));
		organisationGrid.addClassName("cohorts-admin__grid");
		Card organisationCard = card("cohorts.admin.organisations", toolbar(organisationSearch, newOrganisation),
				organisationBody);

		newCohort.setText(getTranslation("cohorts.admin.cohort.new"));
		newCohort.setIcon(VaadinIcon.PLUS.create());
		newCohort.addThemeVariants(ButtonVariant.PRIMARY);
		newCohort.addClickListener(click -> new CohortDialog(cohorts, organisations.all(), null, AdminZone.of(ui()),
				id -> ui().navigate("admin/cohorts/" + id))
			.open());
		cohortSearch.setLabel(getTranslation("cohorts.admin.cohort.search"));
		cohortSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
		cohortSearch.setClearButtonVisible(true);
		cohortSearch.setValueChangeMode(ValueChangeMode.LAZY);
		cohortSearch.addValueChangeListener(e -> cohortGrid.getDataProvider().refreshAll());
		organisationFilter.setLabel(getTranslation("cohorts.admin.cohort.organisation"));
		organisationFilter.setEmptySelectionAllowed(true);
		organisationFilter.setEmptySelectionCaption(getTranslation("cohorts.admin.cohort.organisation.all"));
		organisationFilter
			.setItemLabelGenerator(o -> o == null ? getTranslation("cohorts.admin.cohort.organisation.all") : o.name());
		organisationFilter.addValueChangeListener(e -> cohortGrid.getDataProvider().refreshAll());
		archived.setLabel(getTranslation("cohorts.admin.cohort.show-archived"));
		archived.addValueChangeListener(e -> cohortGrid.getDataProvider().refreshAll());
		Locale locale = getLocale();
		cohortGrid.addComponentColumn(c -> {
			Anchor open = new Anchor("admin/cohorts/" + c.id(), c.name());
			open.getElement().setAttribute("router-link", true);
			return open;
		}).setHeader(getTranslation("cohorts.admin.cohort.name")).setFlexGrow(3);
		cohortGrid.addColumn(CohortRow::code).setHeader(getTranslation("cohorts.admin.cohort.code"));
		cohortGrid.addColumn(CohortRow::organisationName)
			.setHeader(getTranslation("cohorts.admin.cohort.organisation"))
			.setFlexGrow(2);
		cohortGrid.addColumn(CohortRow::learners).setHeader(getTranslation("cohorts.admin.cohort.learners"));
		cohortGrid.addColumn(CohortRow::trainers).setHeader(getTranslation("cohorts.admin.cohort.trainers"));
		cohortGrid
			.addColumn(c -> c.deadline() == null ? getTranslation("cohorts.admin.cohort.no-deadline")
					: AdminZone.format(locale, AdminZone.of(ui()), c.deadline()))
			.setHeader(getTranslation("cohorts.admin.cohort.deadline"))
			.setFlexGrow(2);
		cohortGrid.addComponentColumn(this::status).setHeader(getTranslation("cohorts.admin.cohort.status"));
		cohortGrid.setItems(q -> cohorts.page(filter(), q.getOffset(), q.getLimit()).stream(),
				q -> cohorts.count(filter()));
		cohortGrid.setAriaLabel(getTranslation("cohorts.admin.cohorts"));
		cohortGrid.setEmptyStateText(getTranslation("cohorts.admin.cohort.none-match"));
		cohortGrid.addClassName("cohorts-admin__grid");
		Card cohortCard = card("cohorts.admin.cohorts", toolbar(cohortSearch, organisationFilter, archived, newCohort),
				cohortBody);

		add(lead, organisationCard, cohortCard);
		reload();
	}

	/** Shows the grids, or empty states that say what to do first. */
	private void reload() {
		List<Organisation> all = organisations.all();
		organisationFilter.setItems(all);
		organisationBody.removeAll();
		cohortBody.removeAll();
		newCohort.setEnabled(!all.isEmpty());
		if (all.isEmpty()) {
			Button create = new Button(getTranslation("cohorts.admin.organisation.new"),
					click -> new OrganisationDialog(organisations, null, this::reload).open());
			create.addThemeVariants(ButtonVariant.PRIMARY);
			organisationBody
				.add(new EmptyState(VaadinIcon.BUILDING_O, getTranslation("cohorts.admin.organisation.empty.title"),
						getTranslation("cohorts.admin.organisation.empty.text"), create));
			cohortBody.add(new Paragraph(getTranslation("cohorts.admin.cohort.empty.no-organisation")));
			return;
		}
		organisationGrid.getDataProvider().refreshAll();
		organisationBody.add(organisationGrid);
		if (cohorts.count(new CohortFilter("", null, true)) == 0) {
			cohortBody.add(new EmptyState(VaadinIcon.USERS, getTranslation("cohorts.admin.cohort.empty.title"),
					getTranslation("cohorts.admin.cohort.empty.text")));
			return;
		}
		cohortGrid.getDataProvider().refreshAll();
		cohortBody.add(cohortGrid);
	}

	private CohortFilter filter() {
		Organisation organisation = organisationFilter.getValue();
		return new CohortFilter(cohortSearch.getValue(), organisation == null ? null : organisation.id(),
				archived.getValue());
	}

	private Span status(CohortRow cohort) {
		String key = cohort.archived() ? "archived" : cohort.overdue(clock.instant()) ? "overdue" : "active";
		Span badge = new Span(getTranslation("cohorts.status." + key));
		badge.addClassNames("status-badge", "cohort-status--" + key);
		return badge;
	}

	private Card card(String titleKey, Component... content) {
		Card card = new Card();
		card.setTitle(getTranslation(titleKey));
		card.add(content);
		card.addClassName("cohorts-admin__card");
		return card;
	}

	private static Div toolbar(Component... items) {
		Div toolbar = new Div(items);
		toolbar.addClassName("cohorts-toolbar");
		return toolbar;
	}

	private UI ui() {
		return getUI().orElseGet(UI::getCurrent);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("cohorts.admin.title");
	}

}
