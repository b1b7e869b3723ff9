package fr.cmacademy.admin.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.account.UserAdministration;
import fr.cmacademy.audit.AuditEntry;
import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.ViewerZone;

/**
 * The audit log for admins: every admin action, newest first, loaded page by page,
 * filtered by the start of the action name and by target. Actors (and users acted upon)
 * are shown by display name, looked up once per page of 50, never per row; dates are in
 * the viewer's time zone.
 */
@Route("admin/audit")
@Menu(order = 94, icon = "vaadin:clipboard-text", title = "menu.audit")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Div implements HasDynamicTitle {

	final TextField action = new TextField();

	final TextField targetKind = new TextField();

	final TextField targetId = new TextField();

	final Grid<AuditEntry> grid = new Grid<>();

	final Span count = new Span();

	private final AuditLog audit;

	private final UserAdministration users;

	/** Display names of the users on the pages loaded so far. */
	final Map<Long, String> names = new HashMap<>();

	public AuditLogView(AuditLog audit, UserAdministration users) {
		this.audit = audit;
		this.users = users;
		addClassNames("page", "audit-page");
		Paragraph lead = new Paragraph(getTranslation("audit.lead"));
		lead.addClassName("page__lead");

		action.setLabel(getTranslation("audit.filter.action"));
		action.setPlaceholder(getTranslation("audit.filter.action.placeholder"));
		action.setPrefixComponent(VaadinIcon.SEARCH.create());
		targetKind.setLabel(getTranslation("audit.filter.target-kind"));
		targetKind.setPlaceholder(getTranslation("audit.filter.target-kind.placeholder"));
		targetId.setLabel(getTranslation("audit.filter.target-id"));
		for (TextField field : List.of(action, targetKind, targetId)) {
			field.setClearButtonVisible(true);
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.setMaxLength(80);
			field.addValueChangeListener(e -> refresh());
		}
		Div toolbar = new Div(action, targetKind, targetId);
		toolbar.addClassName("users-toolbar");
		count.addClassName("users-count");
		count.getElement().setAttribute("aria-live", "polite");

		grid.addClassName("audit-grid");
		grid.setPageSize(50);
		grid.addColumn(e -> ViewerZone.dateTime(UI.getCurrent(), getLocale(), e.at()))
			.setHeader(getTranslation("audit.column.at"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(e -> actor(e.actorId())).setHeader(getTranslation("audit.column.actor"));
		grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
		grid.addColumn(new ComponentRenderer<>(e -> {
			if (userTarget(e) == null) {
				return new Span(target(e));
			}
			Anchor link = new Anchor("admin/users/" + e.targetId(), target(e));
			link.getElement().setAttribute("router-link", true);
			return link;
		})).setHeader(getTranslation("audit.column.target")).setFlexGrow(2);
		grid.addColumn(e -> e.detail() == null ? "" : e.detail())
			.setHeader(getTranslation("audit.column.detail"))
			.setFlexGrow(2);
		grid.setEmptyStateText(getTranslation("audit.empty"));
		grid.setItems(q -> {
			List<AuditEntry> page = audit.page(prefix(), kind(), id(), q.getOffset(), q.getLimit());
			Set<Long> ids = new HashSet<>();
			for (AuditEntry entry : page) {
				if (entry.actorId() != null) {
					ids.add(entry.actorId());
				}
				Long target = userTarget(entry);
				if (target != null) {
					ids.add(target);
				}
			}
			ids.removeAll(names.keySet());
			names.putAll(users.displayNames(ids));
			return page.stream();
		}, q -> audit.count(prefix(), kind(), id()));
		add(lead, toolbar, count, grid);
		refreshCount();
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
		refreshCount();
	}

	private void refreshCount() {
		count.setText(getTranslation("audit.count", audit.count(prefix(), kind(), id())));
	}

	String actor(@Nullable Long actorId) {
		if (actorId == null) {
			return getTranslation("audit.actor.system");
		}
		String name = names.get(actorId);
		return name == null ? getTranslation("audit.actor.unknown", actorId) : name;
	}

	private String target(AuditEntry entry) {
		String id = entry.targetId() == null ? "" : " " + entry.targetId();
		Long user = userTarget(entry);
		String name = user == null ? null : names.get(user);
		return entry.targetKind() + id + (name == null ? "" : " (" + name + ")");
	}

	private static @Nullable Long userTarget(AuditEntry entry) {
		if (!"user".equals(entry.targetKind()) || entry.targetId() == null) {
			return null;
		}
		try {
			return Long.parseLong(entry.targetId());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String prefix() {
		return action.getValue().strip();
	}

	private @Nullable String kind() {
		return targetKind.getValue().isBlank() ? null : targetKind.getValue().strip();
	}

	private @Nullable String id() {
		return targetId.getValue().isBlank() ? null : targetId.getValue().strip();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.page-title");
	}

}
