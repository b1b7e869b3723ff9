package fr.cmacademy.cohort.ui;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.account.UserSearch;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.CohortProgrammes;
import fr.cmacademy.cohort.CohortRow;
import fr.cmacademy.cohort.Cohorts;
import fr.cmacademy.cohort.MemberRole;
import fr.cmacademy.cohort.Organisations;
import fr.cmacademy.shared.Roles;

/**
 * One cohort for the admin: its organisation and deadline (edit, archive), its learners,
 * its trainers and the programmes it follows. An unknown id is a missing page.
 */
@Route("admin/cohorts/:cohortId")
@RolesAllowed(Roles.ADMIN)
public class CohortAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	final Button edit = new Button();

	final Button archive = new Button();

	MemberSection learners;

	MemberSection trainers;

	ProgrammeSection programmes;

	private final Cohorts cohorts;

	private final Organisations organisations;

	private final CohortMembers members;

	private final CohortProgrammes cohortProgrammes;

	private final UserSearch search;

	private final Clock clock;

	private final Card summary = new Card();

	private final Div summaryBody = new Div();

	private String title = "";

	private long cohortId;

	private boolean archived;

	public CohortAdminView(Cohorts cohorts, Organisations organisations, CohortMembers members,
			CohortProgrammes cohortProgrammes, UserSearch search, Clock clock) {
		this.cohorts = cohorts;
		this.organisations = organisations;
		this.members = members;
		this.cohortProgrammes = cohortProgrammes;
		this.search = search;
		this.clock = clock;
		addClassNames("page", "cohorts-admin", "cohort-admin");
		summary.addClassNames("cohorts-admin__card", "cohort-summary");
		edit.setText(getTranslation("cohorts.admin.cohort.edit"));
		edit.setIcon(VaadinIcon.EDIT.create());
		edit.addClickListener(click -> cohorts.byId(cohortId)
			.ifPresent(
					c -> new CohortDialog(cohorts, organisations.all(), c, AdminZone.of(ui()), id -> reload()).open()));
		archive.addClickListener(click -> confirmArchive());
		summary.add(summaryBody);
		summary.addToFooter(edit, archive);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id;
		try {
			id = Long.parseLong(event.getRouteParameters().get("cohortId").orElse(""));
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
		CohortRow cohort = cohorts.byId(id).orElseThrow(NotFoundException::new);
		show(cohort);
	}

	private void show(CohortRow cohort) {
		cohortId = cohort.id();
		archived = cohort.archived();
		title = cohort.name();
		removeAll();
		Anchor back = new Anchor("admin/cohorts", getTranslation("cohorts.admin.back"));
		back.getElement().setAttribute("router-link", true);
		back.addClassName("back-link");
		summary(cohort);
		add(back, summary);
		boolean editable = !cohort.archived();
		if (!editable) {
			Paragraph note = new Paragraph(getTranslation("cohorts.admin.archived.note"));
			note.addClassName("cohort-admin__archived");
			add(note);
		}
		learners = new MemberSection(members, search, cohort.id(), MemberRole.LEARNER, editable, this::reload);
		trainers = new MemberSection(members, search, cohort.id(), MemberRole.TRAINER, editable, this::reload);
		programmes = new ProgrammeSection(cohortProgrammes, cohort.id(), editable, this::reload);
		add(learners, trainers, programmes);
	}

	/**
	 * Shows the cohort again after a change: the summary only when the sections stay as
	 * they are, the whole page when it was archived or brought back.
	 */
	private void reload() {
		CohortRow cohort = cohorts.byId(cohortId).orElseThrow(NotFoundException::new);
		if (cohort.archived() != archived) {
			show(cohort);
		}
		else {
			title = cohort.name();
			summary(cohort);
		}
	}

	private void confirmArchive() {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(
				getTranslation(archived ? "cohorts.admin.unarchive.title" : "cohorts.admin.archive.title", title));
		dialog.setText(getTranslation(archived ? "cohorts.admin.unarchive.text" : "cohorts.admin.archive.text"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("cohorts.admin.cancel"));
		dialog.setConfirmText(getTranslation(archived ? "cohorts.admin.unarchive" : "cohorts.admin.archive"));
		dialog.setCloseOnEsc(true);
		dialog.addConfirmListener(event -> {
			boolean archiving = !archived;
			cohorts.setArchived(cohortId, archiving);
			Notification.show(getTranslation(archiving ? "cohorts.admin.archived" : "cohorts.admin.unarchived"), 4000,
					Notification.Position.BOTTOM_START);
			reload();
		});
		dialog.open();
	}

	private void summary(CohortRow cohort) {
		summaryBody.removeAll();
		summary.setTitle(cohort.name());
		ZoneId zone = AdminZone.of(ui());
		String key = cohort.archived() ? "archived" : cohort.overdue(clock.instant()) ? "overdue" : "active";
		Span status = new Span(getTranslation("cohorts.status." + key));
		status.addClassNames("status-badge", "cohort-status--" + key);
		Div facts = new Div(fact("cohorts.admin.cohort.code", cohort.code()),
				fact("cohorts.admin.cohort.organisation", cohort.organisationName()),
				fact("cohorts.admin.cohort.deadline",
						cohort.deadline() == null ? getTranslation("cohorts.admin.cohort.no-deadline")
								: getTranslation("cohorts.admin.cohort.deadline.in-zone",
										AdminZone.format(getLocale(), zone, cohort.deadline()), zone.getId())),
				fact("cohorts.admin.cohort.learners", Integer.toString(cohort.learners())),
				fact("cohorts.admin.cohort.trainers", Integer.toString(cohort.trainers())));
		facts.addClassName("cohort-summary__facts");
		summaryBody.add(status, facts);
		edit.setEnabled(!cohort.archived());
		archive.setText(getTranslation(cohort.archived() ? "cohorts.admin.unarchive" : "cohorts.admin.archive"));
		archive.setIcon((cohort.archived() ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE).create());
	}

	private Div fact(String labelKey, String value) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("cohort-summary__label");
		Span text = new Span(value);
		text.addClassName("cohort-summary__value");
		Div fact = new Div(label, text);
		fact.addClassName("cohort-summary__fact");
		return fact;
	}

	private UI ui() {
		return getUI().orElseGet(UI::getCurrent);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
