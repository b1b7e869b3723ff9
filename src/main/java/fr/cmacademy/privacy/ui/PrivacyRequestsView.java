package fr.cmacademy.privacy.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.privacy.DeletionRequest;
import fr.cmacademy.privacy.PrivacyAdmin;
import fr.cmacademy.privacy.PrivacyException;
import fr.cmacademy.privacy.RequestState;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;
import fr.cmacademy.shared.ui.Formats;

/**
 * Deletion requests for admins, pending (oldest first) or processed, read page by page. A
 * pending request is erased after a confirmation or refused with a reason; the
 * requester's data can be downloaded first.
 */
@Route("admin/privacy")
@Menu(order = 93, icon = "vaadin:user-check", title = "menu.privacy")
@RolesAllowed(Roles.ADMIN)
public class PrivacyRequestsView extends Div implements HasDynamicTitle {

	final RadioButtonGroup<Boolean> show = new RadioButtonGroup<>();

	final Grid<DeletionRequest> grid = new Grid<>();

	final Div body = new Div();

	final Span count = new Span();

	private final PrivacyAdmin privacy;

	public PrivacyRequestsView(PrivacyAdmin privacy) {
		this.privacy = privacy;
		addClassNames("page", "privacy-requests-page");
		show.setLabel(getTranslation("privacy.admin.show"));
		show.setItems(true, false);
		show.setItemLabelGenerator(
				pending -> getTranslation(pending ? "privacy.admin.pending" : "privacy.admin.processed"));
		show.setValue(true);
		show.addValueChangeListener(e -> refresh());
		count.addClassName("privacy-requests__count");
		count.getElement().setAttribute("aria-live", "polite");

		grid.addClassName("privacy-requests__grid");
		// Names, dates and reasons wrap instead of being cut off.
		grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
		grid.setPageSize(50);
		grid.addComponentColumn(this::person).setHeader(getTranslation("privacy.admin.column.user")).setFlexGrow(2);
		grid.addColumn(r -> Formats.dateTime(getLocale(), r.requestedAt()))
			.setHeader(getTranslation("privacy.admin.column.requested"));
		grid.addColumn(r -> getTranslation("privacy.state." + r.state().name().toLowerCase(java.util.Locale.ROOT)))
			.setHeader(getTranslation("privacy.admin.column.state"));
		grid.addColumn(r -> r.decidedAt() == null ? "" : Formats.dateTime(getLocale(), r.decidedAt()))
			.setHeader(getTranslation("privacy.admin.column.decided"));
		grid.addColumn(r -> r.reason() == null ? "" : r.reason())
			.setHeader(getTranslation("privacy.admin.column.reason"))
			.setFlexGrow(2);
		grid.addComponentColumn(this::actions).setHeader(getTranslation("privacy.admin.column.actions")).setFlexGrow(3);
		grid.setItems(q -> privacy.requests(pending(), q.getOffset(), q.getLimit()).stream(),
				q -> privacy.count(pending()));

		add(show, count, body);
		refresh();
	}

	private boolean pending() {
		return !Boolean.FALSE.equals(show.getValue());
	}

	void refresh() {
		int total = privacy.count(pending());
		count.setText(
				getTranslation(pending() ? "privacy.admin.count.pending" : "privacy.admin.count.processed", total));
		body.removeAll();
		if (total == 0) {
			body.add(pending()
					? new EmptyState(VaadinIcon.USER_CHECK, getTranslation("privacy.admin.empty.pending.title"),
							getTranslation("privacy.admin.empty.pending.text"))
					: new EmptyState(VaadinIcon.ARCHIVE, getTranslation("privacy.admin.empty.processed.title"),
							getTranslation("privacy.admin.empty.processed.text")));
			return;
		}
		body.add(grid);
		grid.getDataProvider().refreshAll();
	}

	private Div person(DeletionRequest r) {
		Span name = new Span(r.displayName());
		name.addClassName("privacy-requests__name");
		Span login = new Span(r.username());
		login.addClassName("privacy-requests__login");
		return new Div(name, login);
	}

	private Div actions(DeletionRequest r) {
		Div actions = new Div();
		actions.addClassName("privacy-requests__actions");
		if (r.state() != RequestState.PENDING) {
			return actions;
		}
		Anchor download = new Anchor();
		download.setText(getTranslation("privacy.admin.download"));
		download.getElement()
			.setAttribute("aria-label", getTranslation("privacy.admin.download.label", r.displayName()));
		download.getElement().setAttribute("download", true);
		long userId = r.userId();
		download.setHref(event -> {
			event.setFileName("cm-academy-data-" + userId + "-" + LocalDate.now(Formats.ZONE) + ".zip");
			event.setContentType("application/zip");
			try (var out = event.getOutputStream()) {
				privacy.export(userId, out);
			}
		});
		Button erase = new Button(getTranslation("privacy.admin.erase"), click -> confirmErase(r));
		erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
		erase.getElement().setAttribute("aria-label", getTranslation("privacy.admin.erase.label", r.displayName()));
		Button reject = new Button(getTranslation("privacy.admin.reject"), click -> openReject(r));
		reject.addThemeVariants(ButtonVariant.SMALL);
		reject.getElement().setAttribute("aria-label", getTranslation("privacy.admin.reject.label", r.displayName()));
		actions.add(download, erase, reject);
		return actions;
	}

	private void confirmErase(DeletionRequest r) {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("privacy.admin.erase.title", r.displayName()));
		dialog.setText(getTranslation("privacy.admin.erase.text"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("privacy.admin.cancel"));
		dialog.setConfirmText(getTranslation("privacy.admin.erase.confirm"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.setCloseOnEsc(true);
		dialog.addConfirmListener(event -> erase(r.id()));
		dialog.open();
	}

	void erase(long requestId) {
		try {
			privacy.erase(requestId);
			notify("privacy.admin.erased", NotificationVariant.SUCCESS);
		}
		catch (PrivacyException ex) {
			notify(ex.key(), NotificationVariant.ERROR);
		}
		refresh();
	}

	private void openReject(DeletionRequest r) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("privacy.admin.reject.title", r.displayName()));
		TextArea reason = new TextArea(getTranslation("privacy.admin.reject.reason"));
		reason.setHelperText(getTranslation("privacy.admin.reject.reason.help"));
		reason.setMaxLength(PrivacyAdmin.REASON_MAX);
		reason.setRequiredIndicatorVisible(true);
		reason.setWidthFull();
		dialog.add(new Paragraph(getTranslation("privacy.admin.reject.text")), reason);
		Button cancel = new Button(getTranslation("privacy.admin.cancel"), click -> dialog.close());
		Button confirm = new Button(getTranslation("privacy.admin.reject.confirm"), click -> {
			try {
				privacy.reject(r.id(), reason.getValue());
				dialog.close();
				notify("privacy.admin.rejected", NotificationVariant.SUCCESS);
				refresh();
			}
			catch (PrivacyException ex) {
				reason.setErrorMessage(getTranslation(ex.key()));
				reason.setInvalid(true);
			}
		});
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		dialog.getFooter().add(cancel, confirm);
		dialog.open();
		reason.focus();
	}

	private void notify(String key, NotificationVariant variant) {
		Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("privacy.admin.title");
	}

}
