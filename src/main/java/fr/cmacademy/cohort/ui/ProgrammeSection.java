package fr.cmacademy.cohort.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableRunnable;

import fr.cmacademy.cohort.CohortException;
import fr.cmacademy.cohort.CohortProgramme;
import fr.cmacademy.cohort.CohortProgrammes;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.shared.ui.EmptyState;
import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.shared.ui.PageLocale;

/**
 * The programmes a cohort follows: enrol the cohort in one (its learners, now and later),
 * or stop following one, which never removes an enrolment or progress.
 */
class ProgrammeSection extends Card {

	final Select<ProgrammeEntry> programme = new Select<>();

	final Button enrol = new Button();

	final Grid<CohortProgramme> grid = new Grid<>();

	private final CohortProgrammes programmes;

	private final long cohortId;

	private final Map<String, ProgrammeEntry> catalogue;

	private final Div body = new Div();

	private final SerializableRunnable changed;

	ProgrammeSection(CohortProgrammes programmes, long cohortId, boolean editable, SerializableRunnable changed) {
		this.programmes = programmes;
		this.cohortId = cohortId;
		this.changed = changed;
		this.catalogue = programmes.available()
			.stream()
			.collect(Collectors.toMap(ProgrammeEntry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		addClassNames("cohorts-admin__card", "cohort-programmes");
		Locale locale = PageLocale.of(this);
		programme.setLabel(getTranslation("cohorts.admin.programmes.choose"));
		programme.setItemLabelGenerator(p -> p == null ? "" : p.title().in(locale));
		programme.addClassName("cohort-programmes__choose");
		enrol.setText(getTranslation("cohorts.admin.programmes.enrol"));
		enrol.addThemeVariants(ButtonVariant.PRIMARY);
		enrol.addClickListener(click -> enrolSelected());
		grid.addColumn(p -> title(p.programmeId(), locale))
			.setHeader(getTranslation("cohorts.admin.programmes.programme"))
			.setFlexGrow(3);
		grid.addColumn(p -> Formats.dateTime(locale, p.addedAt()))
			.setHeader(getTranslation("cohorts.admin.programmes.since"));
		if (editable) {
			grid.addComponentColumn(p -> {
				Button stop = new Button(getTranslation("cohorts.admin.programmes.stop"), click -> confirmStop(p));
				stop.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
				stop.setAriaLabel(
						getTranslation("cohorts.admin.programmes.stop.label", title(p.programmeId(), locale)));
				return stop;
			}).setHeader(getTranslation("cohorts.admin.actions"));
		}
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("cohorts.admin.programmes.title"));
		Paragraph rule = new Paragraph(getTranslation("cohorts.admin.programmes.rule"));
		rule.addClassName("cohort-programmes__rule");
		add(rule);
		if (editable) {
			Div toolbar = new Div(programme, enrol);
			toolbar.addClassName("cohorts-toolbar");
			add(toolbar);
		}
		add(body);
		refresh();
	}

	private void enrolSelected() {
		ProgrammeEntry chosen = programme.getValue();
		if (chosen == null) {
			programme.setErrorMessage(getTranslation("cohorts.admin.programmes.choose.error"));
			programme.setInvalid(true);
			return;
		}
		programme.setInvalid(false);
		try {
			int enrolled = programmes.enrol(cohortId, chosen.id());
			Notification
				.show(getTranslation("cohorts.admin.programmes.enrolled", chosen.title().in(PageLocale.of(this)),
						enrolled), 5000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.SUCCESS);
			refresh();
			changed.run();
		}
		catch (CohortException ex) {
			programme.setErrorMessage(getTranslation(ex.messageKey()));
			programme.setInvalid(true);
		}
	}

	private void confirmStop(CohortProgramme followed) {
		String title = title(followed.programmeId(), PageLocale.of(this));
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("cohorts.admin.programmes.stop.title", title));
		dialog.setText(getTranslation("cohorts.admin.programmes.stop.text"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("cohorts.admin.cancel"));
		dialog.setConfirmText(getTranslation("cohorts.admin.programmes.stop"));
		dialog.setCloseOnEsc(true);
		dialog.addConfirmListener(event -> {
			programmes.unenrol(cohortId, followed.programmeId());
			Notification.show(getTranslation("cohorts.admin.programmes.stopped", title), 5000,
					Notification.Position.BOTTOM_START);
			refresh();
			changed.run();
		});
		dialog.open();
	}

	private void refresh() {
		List<CohortProgramme> followed = programmes.of(cohortId);
		Set<String> ids = followed.stream().map(CohortProgramme::programmeId).collect(Collectors.toSet());
		List<ProgrammeEntry> others = catalogue.values().stream().filter(p -> !ids.contains(p.id())).toList();
		programme.setItems(others);
		programme.setEnabled(!others.isEmpty());
		enrol.setEnabled(!others.isEmpty());
		programme.setHelperText(others.isEmpty() ? getTranslation("cohorts.admin.programmes.all-followed") : null);
		setTitle(getTranslation("cohorts.admin.programmes.title.count", followed.size()));
		body.removeAll();
		if (followed.isEmpty()) {
			body.add(new EmptyState(VaadinIcon.BOOK, getTranslation("cohorts.admin.programmes.empty.title"),
					getTranslation("cohorts.admin.programmes.empty.text")));
			return;
		}
		grid.setItems(followed);
		body.add(grid);
	}

	private String title(String programmeId, Locale locale) {
		ProgrammeEntry entry = catalogue.get(programmeId);
		return entry == null ? programmeId : entry.title().in(locale);
	}

}
