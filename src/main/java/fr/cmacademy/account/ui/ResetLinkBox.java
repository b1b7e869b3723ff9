package fr.cmacademy.account.ui;

import java.time.Instant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.account.ResetLink;
import fr.cmacademy.shared.ui.ViewerZone;

/**
 * A password reset link just issued: when it was e-mailed, where to and until when; when
 * mail is off, the link itself for the admin to hand over, with a copy button.
 */
class ResetLinkBox extends Div {

	final TextField link = new TextField();

	ResetLinkBox(ResetLink issued, @Nullable String email) {
		addClassName("reset-link");
		getElement().setAttribute("role", "status");
		String until = ViewerZone.dateTime(UI.getCurrent(), getLocale(), issued.expiresAt());
		if (issued.mailed()) {
			add(new Paragraph(getTranslation("users.reset.mailed", email == null ? "" : email, until)));
			return;
		}
		add(new Paragraph(getTranslation("users.reset.shown", until)));
		link.setLabel(getTranslation("users.reset.link"));
		link.setValue(absolute(issued.path()));
		link.setReadOnly(true);
		link.addClassName("reset-link__url");
		Button copy = new Button(getTranslation("users.reset.copy"), VaadinIcon.COPY_O.create());
		copy.addThemeVariants(ButtonVariant.SMALL);
		copy.addClickListener(click -> {
			copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
			Notification.show(getTranslation("users.reset.copied"), 3000, Notification.Position.BOTTOM_START);
		});
		Div row = new Div(link, copy);
		row.addClassName("reset-link__row");
		add(row);
	}

	/** The link as the admin's browser reaches this server, to paste into a message. */
	static String absolute(String path) {
		if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request) {
			var http = request.getHttpServletRequest();
			boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
					|| ("https".equals(http.getScheme()) && http.getServerPort() == 443);
			return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
					+ http.getContextPath() + "/" + path;
		}
		return "/" + path;
	}

	@Override
	public java.util.Locale getLocale() {
		return UI.getCurrent() == null ? java.util.Locale.FRENCH : UI.getCurrent().getLocale();
	}

}
