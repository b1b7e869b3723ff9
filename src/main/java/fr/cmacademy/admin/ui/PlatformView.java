package fr.cmacademy.admin.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.settings.MailSettingsService;
import fr.cmacademy.settings.SettingsService;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The admin's home: who is on the platform, the registration switch, and (once they
 * exist) organisations and cohorts.
 */
@Route("platform")
@Menu(order = 90, icon = "vaadin:cogs", title = "menu.platform")
@RolesAllowed(Roles.ADMIN)
public class PlatformView extends Div implements HasDynamicTitle {

	final Checkbox openRegistration = new Checkbox();

	final Div contentStatus = new Div();

	private final ContentSyncService contentSync;

	final GeneralSettingsCard general;

	final MailSettingsCard mail;

	public PlatformView(AccountService accounts, SettingsService settings, MailSettingsService mailSettings,
			ContentSyncService contentSync) {
		this.contentSync = contentSync;
		addClassName("page");
		var counts = accounts.roleCounts();
		Div stats = new Div(stat(counts.learners(), "platform.stats.learners"),
				stat(counts.trainers(), "platform.stats.trainers"), stat(counts.admins(), "platform.stats.admins"));
		stats.addClassName("stat-row");

		openRegistration.setLabel(getTranslation("platform.registration.label"));
		openRegistration.setHelperText(getTranslation("platform.registration.help"));
		openRegistration.setValue(settings.isRegistrationOpen());
		openRegistration.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				settings.setRegistrationOpen(event.getValue());
				Notification
					.show(getTranslation(
							event.getValue() ? "platform.registration.opened" : "platform.registration.closed"), 4000,
							Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.SUCCESS);
			}
		});
		Card registration = new Card();
		registration.setTitle(getTranslation("platform.registration.title"));
		registration.add(openRegistration);

		Button reload = new Button(getTranslation("platform.content.reload"), VaadinIcon.REFRESH.create(), click -> {
			contentSync.reload();
			showContentStatus();
			Notification.show(getTranslation("platform.content.reloaded"), 4000, Notification.Position.BOTTOM_START);
		});
		Card contentCard = new Card();
		contentCard.setTitle(getTranslation("platform.content.title"));
		contentCard.add(contentStatus);
		contentCard.addToFooter(reload);
		showContentStatus();

		general = new GeneralSettingsCard(settings);
		mail = new MailSettingsCard(mailSettings, settings);

		add(stats, registration, general, mail, contentCard, new EmptyState(VaadinIcon.BUILDING_O,
				getTranslation("platform.empty.title"), getTranslation("platform.empty.text")));
	}

	private void showContentStatus() {
		contentStatus.removeAll();
		var report = contentSync.lastReport();
		if (report == null) {
			contentStatus.add(new Paragraph(getTranslation("platform.content.never")));
			return;
		}
		if (report.applied()) {
			String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
				.withLocale(getLocale())
				.withZone(ZoneId.systemDefault())
				.format(report.at());
			contentStatus.add(new Paragraph(getTranslation("platform.content.ok", when, report.programmes(),
					report.modules(), report.items(), report.newVersions(), report.took().toMillis())));
			return;
		}
		Paragraph failed = new Paragraph(getTranslation("platform.content.failed"));
		failed.addClassName("problem-summary");
		UnorderedList problems = new UnorderedList();
		problems.addClassName("problem-list");
		report.problems().forEach(problem -> problems.add(new ListItem(problem.toString())));
		contentStatus.add(failed, problems);
	}

	private Card stat(long value, String labelKey) {
		Span number = new Span(Long.toString(value));
		number.addClassName("stat__value");
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("stat__label");
		Card card = new Card();
		card.addClassName("stat");
		card.add(number, label);
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("platform.home.title");
	}

}
