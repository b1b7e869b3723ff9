package fr.cmacademy.cohort.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;

import fr.cmacademy.account.UserSearch;
import fr.cmacademy.account.UserSearch.Match;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.Member;
import fr.cmacademy.cohort.MemberRole;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;
import fr.cmacademy.shared.ui.Formats;
import fr.cmacademy.shared.ui.PageLocale;

/**
 * The learners or the trainers of a cohort: find people by name, user name or e-mail and
 * add them; remove one after a confirmation (their history stays).
 */
class MemberSection extends Card {

	final MultiSelectComboBox<Match> people = new MultiSelectComboBox<>();

	final Button add = new Button();

	final Grid<Member> grid = new Grid<>();

	private final CohortMembers members;

	private final long cohortId;

	private final MemberRole role;

	private final String prefix;

	private final Div body = new Div();

	private final SerializableRunnable changed;

	MemberSection(CohortMembers members, UserSearch search, long cohortId, MemberRole role, boolean editable,
			SerializableRunnable changed) {
		this.members = members;
		this.cohortId = cohortId;
		this.role = role;
		this.changed = changed;
		this.prefix = "cohorts.admin." + role.name().toLowerCase(Locale.ROOT) + "s.";
		addClassNames("cohorts-admin__card", "cohort-members");
		String searchRole = role == MemberRole.LEARNER ? Roles.LEARNER : Roles.TRAINER;
		people.setLabel(getTranslation(prefix + "find"));
		people.setHelperText(getTranslation(prefix + "find.help"));
		people.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
		people.setItems(q -> search.search(q.getFilter().orElse(""), searchRole, q.getOffset(), q.getLimit()).stream(),
				q -> search.count(q.getFilter().orElse(""), searchRole));
		people.addClassName("cohort-members__find");
		add.setText(getTranslation(prefix + "add"));
		add.setIcon(VaadinIcon.PLUS.create());
		add.addThemeVariants(ButtonVariant.PRIMARY);
		add.addClickListener(click -> addSelected());
		Locale locale = PageLocale.of(this);
		grid.addColumn(Member::displayName).setHeader(getTranslation("cohorts.admin.member.name")).setFlexGrow(2);
		grid.addColumn(Member::username).setHeader(getTranslation("cohorts.admin.member.username"));
		grid.addColumn(m -> m.email() == null ? "" : m.email())
			.setHeader(getTranslation("cohorts.admin.member.email"))
			.setFlexGrow(2);
		grid.addColumn(m -> Formats.dateTime(locale, m.addedAt()))
			.setHeader(getTranslation("cohorts.admin.member.added"));
		if (editable) {
			grid.addComponentColumn(m -> {
				Button remove = new Button(getTranslation("cohorts.admin.member.remove"), click -> confirmRemove(m));
				remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
				remove.setAriaLabel(getTranslation("cohorts.admin.member.remove.label", m.displayName()));
				return remove;
			}).setHeader(getTranslation("cohorts.admin.actions"));
		}
		grid.setItems(q -> members.current(cohortId, role, q.getOffset(), q.getLimit()).stream(),
				q -> members.count(cohortId, role));
		grid.addClassName("cohort-members__grid");
		grid.setAriaLabel(getTranslation(prefix + "title"));
		if (editable) {
			Div toolbar = new Div(people, add);
			toolbar.addClassName("cohorts-toolbar");
			add(toolbar);
		}
		add(body);
		refresh();
	}

	private void addSelected() {
		Set<Match> chosen = people.getValue();
		if (chosen.isEmpty()) {
			people.setErrorMessage(getTranslation(prefix + "choose"));
			people.setInvalid(true);
			return;
		}
		people.setInvalid(false);
		int added = members.add(cohortId, chosen.stream().map(Match::id).toList(), role);
		people.clear();
		Notification
			.show(getTranslation(prefix + "added", added, chosen.size() - added), 5000,
					Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.SUCCESS);
		refresh();
		changed.run();
	}

	private void confirmRemove(Member member) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation(prefix + "remove.title", member.displayName()));
		dialog.setText(getTranslation(prefix + "remove.text"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("cohorts.admin.cancel"));
		dialog.setConfirmText(getTranslation("cohorts.admin.member.remove"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.setCloseOnEsc(true);
		dialog.addConfirmListener(event -> {
			members.remove(cohortId, member.userId(), role);
			Notification.show(getTranslation("cohorts.admin.member.removed", member.displayName()), 4000,
					Notification.Position.BOTTOM_START);
			refresh();
			changed.run();
		});
		dialog.open();
	}

	private void refresh() {
		int count = members.count(cohortId, role);
		setTitle(getTranslation(prefix + "title.count", count));
		body.removeAll();
		if (count == 0) {
			body.add(new EmptyState(role == MemberRole.LEARNER ? VaadinIcon.USERS : VaadinIcon.ACADEMY_CAP,
					getTranslation(prefix + "empty.title"), getTranslation(prefix + "empty.text")));
			return;
		}
		// A short list shows whole; a long one scrolls and loads page by page.
		grid.setAllRowsVisible(count <= 15);
		grid.getDataProvider().refreshAll();
		body.add(grid);
	}

}
