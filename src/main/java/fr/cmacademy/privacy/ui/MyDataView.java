package fr.cmacademy.privacy.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.cmacademy.privacy.DeletionRequest;
import fr.cmacademy.privacy.MyDataService;
import fr.cmacademy.privacy.PrivacyException;
import fr.cmacademy.privacy.RequestState;
import fr.cmacademy.shared.ui.Formats;

/**
 * The signed-in user's personal data: download all of it as a zip, ask for its erasure
 * (with a confirmation), and withdraw the request while it is pending.
 */
@Route("my-data")
@PermitAll
public class MyDataView extends Div implements HasDynamicTitle {

	final Anchor download = new Anchor();

	final Button requestDeletion = new Button();

	final Button cancelRequest = new Button();

	final Div status = new Div();

	private final MyDataService data;

	public MyDataView(MyDataService data) {
		this.data = data;
		addClassNames("page", "my-data-page");
		add(downloadCard(), deletionCard());
		refresh();
	}

	private Card downloadCard() {
		download.setText(getTranslation("privacy.mine.download"));
		download.addClassName("my-data__download");
		String name = "cm-academy-my-data-" + LocalDate.now(Formats.ZONE) + ".zip";
		download.setHref(event -> {
			event.setFileName(name);
			event.setContentType("application/zip");
			try (var out = event.getOutputStream()) {
				data.export(out);
			}
		});
		download.getElement().setAttribute("download", true);
		UnorderedList contents = new UnorderedList();
		for (String key : new String[] { "profile", "learning", "work", "grades", "certificates" }) {
			contents.add(new ListItem(getTranslation("privacy.mine.download.contains." + key)));
		}
		Card card = new Card();
		card.setTitle(getTranslation("privacy.mine.download.title"));
		card.add(new Paragraph(getTranslation("privacy.mine.download.text")), contents);
		card.addToFooter(download);
		return card;
	}

	private Card deletionCard() {
		UnorderedList effects = new UnorderedList();
		for (String key : new String[] { "account", "texts", "kept", "certificates" }) {
			effects.add(new ListItem(getTranslation("privacy.mine.delete.effect." + key)));
		}
		requestDeletion.setText(getTranslation("privacy.mine.delete.request"));
		requestDeletion.addThemeVariants(ButtonVariant.ERROR);
		requestDeletion.addClickListener(click -> confirm());
		cancelRequest.setText(getTranslation("privacy.mine.delete.cancel"));
		cancelRequest.addClickListener(click -> cancel());
		status.addClassName("my-data__status");
		status.getElement().setAttribute("role", "status");
		Card card = new Card();
		card.setTitle(getTranslation("privacy.mine.delete.title"));
		card.add(new Paragraph(getTranslation("privacy.mine.delete.text")), effects, status);
		card.addToFooter(requestDeletion, cancelRequest);
		return card;
	}

	private void confirm() {
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setHeader(getTranslation("privacy.mine.confirm.title"));
		dialog.setText(getTranslation("privacy.mine.confirm.text"));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("privacy.mine.confirm.keep"));
		dialog.setConfirmText(getTranslation("privacy.mine.confirm.yes"));
		dialog.setConfirmButtonTheme("error primary");
		dialog.setCloseOnEsc(true);
		dialog.addConfirmListener(event -> {
			data.requestDeletion();
			show("privacy.mine.requested", NotificationVariant.SUCCESS);
			refresh();
		});
		dialog.open();
	}

	private void cancel() {
		try {
			data.cancel();
			show("privacy.mine.cancelled", NotificationVariant.SUCCESS);
		}
		catch (PrivacyException ex) {
			show(ex.key(), NotificationVariant.ERROR);
		}
		refresh();
	}

	void refresh() {
		DeletionRequest request = data.request().orElse(null);
		boolean pending = request != null && request.state() == RequestState.PENDING;
		requestDeletion.setVisible(!pending);
		cancelRequest.setVisible(pending);
		status.removeAll();
		status.getElement().setAttribute("data-state", request == null ? "none" : request.state().name());
		if (request == null) {
			return;
		}
		String requested = Formats.dateTime(getLocale(), request.requestedAt());
		switch (request.state()) {
			case PENDING ->
				status.add(callout(VaadinIcon.HOURGLASS, getTranslation("privacy.mine.status.pending", requested)));
			case CANCELLED ->
				status.add(callout(VaadinIcon.INFO_CIRCLE, getTranslation("privacy.mine.status.cancelled", requested)));
			case REJECTED -> {
				status.add(callout(VaadinIcon.CLOSE_CIRCLE, getTranslation("privacy.mine.status.rejected", requested)));
				// The admin's reason is text: shown as text, never as HTML.
				Paragraph reason = new Paragraph(request.reason() == null ? "" : request.reason());
				reason.addClassName("my-data__reason");
				status.add(reason);
			}
			case ERASED -> status.add(callout(VaadinIcon.CHECK, getTranslation("privacy.mine.status.erased")));
		}
	}

	private static Div callout(VaadinIcon icon, String text) {
		var picture = icon.create();
		picture.getElement().setAttribute("aria-hidden", "true");
		Div callout = new Div(picture, new Paragraph(text));
		callout.addClassName("my-data__callout");
		return callout;
	}

	private void show(String key, NotificationVariant variant) {
		Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("privacy.mine.title");
	}

}
