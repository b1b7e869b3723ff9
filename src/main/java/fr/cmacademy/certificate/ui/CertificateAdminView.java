package fr.cmacademy.certificate.ui;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateAdminService;
import fr.cmacademy.certificate.CertificateAdminService.IssuerKey;
import fr.cmacademy.certificate.CertificateException;
import fr.cmacademy.content.CertificateRules;
import fr.cmacademy.shared.Roles;

/**
 * The admin's certificates: issue one by hand or revoke one (with a reason each time),
 * the latest issued, and the issuer's signing keys.
 */
@Route("admin/certificates")
@Menu(order = 92, icon = "vaadin:diploma-scroll", title = "certificate.menu.admin")
@RolesAllowed(Roles.ADMIN)
public class CertificateAdminView extends Div implements HasDynamicTitle {

	final TextField learner = new TextField();

	final ComboBox<CertificateRules> programme = new ComboBox<>();

	final TextArea reason = new TextArea();

	final Grid<Certificate> grid = new Grid<>();

	final Grid<IssuerKey> keys = new Grid<>();

	final Button issue = new Button();

	private final CertificateAdminService admin;

	private final Clock clock;

	public CertificateAdminView(CertificateAdminService admin, Clock clock) {
		this.admin = admin;
		this.clock = clock;
		addClassNames("page", "certificate-admin");
		Locale locale = getLocale();
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);

		learner.setLabel(getTranslation("certificate.admin.learner"));
		learner.setHelperText(getTranslation("certificate.admin.learner.help"));
		programme.setLabel(getTranslation("certificate.admin.programme"));
		programme.setItems(admin.programmes());
		programme.setItemLabelGenerator(p -> p.title().in(locale));
		reason.setLabel(getTranslation("certificate.admin.reason"));
		reason.setMaxLength(500);
		issue.setText(getTranslation("certificate.admin.issue"));
		issue.addClickListener(click -> issue());
		issue.addThemeVariants(ButtonVariant.PRIMARY);
		Card issueCard = new Card();
		issueCard.setTitle(getTranslation("certificate.admin.issue.title"));
		Div form = new Div(learner, programme, reason);
		form.addClassName("certificate-admin__form");
		issueCard.add(form);
		issueCard.addToFooter(issue);

		grid.addColumn(
				c -> c.holderName().isEmpty() ? getTranslation("certificate.verify.holder.erased") : c.holderName())
			.setHeader(getTranslation("certificate.admin.column.holder"));
		grid.addColumn(c -> c.title().in(locale)).setHeader(getTranslation("certificate.admin.column.title"));
		grid.addColumn(c -> dates.format(c.issuedAt())).setHeader(getTranslation("certificate.admin.column.issued"));
		grid.addColumn(
				c -> getTranslation("certificate.status." + c.status(clock.instant()).name().toLowerCase(Locale.ROOT)))
			.setHeader(getTranslation("certificate.admin.column.status"));
		grid.addColumn(Certificate::displayCode)
			.setHeader(getTranslation("certificate.admin.column.code"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addComponentColumn(c -> {
			Button revoke = new Button(getTranslation("certificate.admin.revoke"), click -> confirmRevoke(c));
			revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
			revoke.setEnabled(c.revokedAt() == null);
			return revoke;
		}).setHeader(getTranslation("certificate.admin.column.actions"));
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation("certificate.admin.latest"));
		grid.setEmptyStateText(getTranslation("certificate.admin.latest.empty"));
		Card latest = new Card();
		latest.setTitle(getTranslation("certificate.admin.latest"));
		latest.add(grid);

		keys.addColumn(IssuerKey::url).setHeader(getTranslation("certificate.admin.key.url"));
		keys.addColumn(k -> dates.format(k.createdAt())).setHeader(getTranslation("certificate.admin.key.created"));
		keys.setAllRowsVisible(true);
		keys.setAriaLabel(getTranslation("certificate.admin.keys"));
		keys.setEmptyStateText(getTranslation("certificate.admin.keys.empty"));
		Button rotate = new Button(getTranslation("certificate.admin.key.rotate"), VaadinIcon.KEY.create(), click -> {
			admin.rotateKey();
			refresh();
			Notification.show(getTranslation("certificate.admin.key.rotated"), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.SUCCESS);
		});
		Card keyCard = new Card();
		keyCard.setTitle(getTranslation("certificate.admin.keys"));
		keyCard.add(new Paragraph(getTranslation("certificate.admin.keys.text")), keys);
		keyCard.addToFooter(rotate);

		add(issueCard, latest, keyCard);
		refresh();
	}

	private void issue() {
		CertificateRules selected = programme.getValue();
		if (selected == null) {
			error("certificate.admin.error.programme");
			return;
		}
		try {
			Certificate issued = admin.issue(learner.getValue(), selected.programmeId(), reason.getValue());
			Notification
				.show(getTranslation("certificate.admin.issued", issued.holderName(), issued.displayCode()), 5000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.SUCCESS);
			learner.clear();
			reason.clear();
			refresh();
		}
		catch (CertificateException ex) {
			error(ex.messageKey());
		}
	}

	private void confirmRevoke(Certificate certificate) {
		TextArea why = new TextArea(getTranslation("certificate.admin.reason"));
		why.setWidthFull();
		why.setMaxLength(500);
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("certificate.admin.revoke.title", certificate.holderName()));
		dialog.add(new Paragraph(getTranslation("certificate.admin.revoke.text")), why);
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("certificate.admin.cancel"));
		dialog.setConfirmText(getTranslation("certificate.admin.revoke"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.setCloseOnEsc(true);
		dialog.addConfirmListener(event -> {
			try {
				admin.revoke(certificate.id(), why.getValue());
				Notification.show(getTranslation("certificate.admin.revoked"), 4000,
						Notification.Position.BOTTOM_START);
				refresh();
			}
			catch (CertificateException ex) {
				error(ex.messageKey());
			}
		});
		dialog.open();
	}

	private void refresh() {
		grid.setItems(admin.latest());
		keys.setItems(admin.keys());
	}

	private void error(String key) {
		Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.ERROR);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.admin.title");
	}

}
