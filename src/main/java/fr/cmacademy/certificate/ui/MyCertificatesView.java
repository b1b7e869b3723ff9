package fr.cmacademy.certificate.ui;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateKind;
import fr.cmacademy.certificate.CertificateService;
import fr.cmacademy.certificate.CertificateStatus;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.ui.EmptyState;

/**
 * The learner's certificates and badges: status, dates, code, the PDF and the signed
 * credential to download, the public verification page, and LinkedIn.
 */
@Route("certificates")
@Menu(order = 14, icon = "vaadin:diploma", title = "certificate.menu.mine")
@RolesAllowed(Roles.LEARNER)
public class MyCertificatesView extends Div implements HasDynamicTitle {

	public MyCertificatesView(CertificateService certificates, Clock clock) {
		addClassNames("page", "certificate-page");
		List<Certificate> mine = certificates.mine();
		List<Certificate> programmes = mine.stream().filter(c -> c.kind() == CertificateKind.CERTIFICATE).toList();
		List<Certificate> badges = mine.stream().filter(c -> c.kind() == CertificateKind.BADGE).toList();
		if (mine.isEmpty()) {
			Anchor learning = new Anchor("learning", getTranslation("certificate.mine.empty.action"));
			learning.getElement().setAttribute("router-link", true);
			learning.addClassName("button-link");
			add(new EmptyState(VaadinIcon.DIPLOMA, getTranslation("certificate.mine.empty.title"),
					getTranslation("certificate.mine.empty.text"), learning));
			return;
		}
		Locale locale = getLocale();
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);
		if (!programmes.isEmpty()) {
			add(new H2(getTranslation("certificate.mine.certificates")));
			Div list = new Div();
			list.addClassName("certificate-list");
			programmes.forEach(c -> list.add(card(c, certificates, clock, dates, locale)));
			add(list);
		}
		if (!badges.isEmpty()) {
			add(new H2(getTranslation("certificate.mine.badges")));
			Div list = new Div();
			list.addClassNames("certificate-list", "certificate-list--badges");
			badges.forEach(c -> list.add(card(c, certificates, clock, dates, locale)));
			add(list);
		}
	}

	private Card card(Certificate c, CertificateService certificates, Clock clock, DateTimeFormatter dates,
			Locale locale) {
		Card card = new Card();
		card.addClassNames("certificate-card", "certificate-card--" + c.kind().name().toLowerCase(Locale.ROOT));
		card.setTitle(c.title().in(locale));
		CertificateStatus status = c.status(clock.instant());
		String statusKey = status.name().toLowerCase(Locale.ROOT);
		Span badge = new Span(getTranslation("certificate.status." + statusKey));
		badge.getElement().getThemeList().add("badge");
		badge.addClassNames("certificate-status", "certificate-status--" + statusKey);
		card.setHeaderSuffix(badge);
		Paragraph issued = new Paragraph(getTranslation("certificate.mine.issued", dates.format(c.issuedAt())));
		card.add(issued);
		if (c.validUntil() != null) {
			card.add(new Paragraph(getTranslation("certificate.mine.valid-until", dates.format(c.validUntil()))));
		}
		Paragraph code = new Paragraph(getTranslation("certificate.mine.code") + " ");
		Span value = new Span(c.displayCode());
		value.addClassName("certificate-code");
		code.add(value);
		card.add(code);

		Anchor pdf = new Anchor("certificates/" + c.id() + "/pdf", getTranslation("certificate.mine.pdf"));
		pdf.getElement().setAttribute("download", true);
		pdf.getElement().setAttribute("router-ignore", true);
		Anchor json = new Anchor("certificates/" + c.id() + "/credential", getTranslation("certificate.mine.json"));
		json.getElement().setAttribute("download", true);
		json.getElement().setAttribute("router-ignore", true);
		Anchor verify = new Anchor(certificates.verificationUrl(c), getTranslation("certificate.mine.verify"),
				AnchorTarget.BLANK);
		Div actions = new Div(pdf, json, verify);
		if (c.kind() == CertificateKind.CERTIFICATE && status == CertificateStatus.VALID) {
			Anchor linkedIn = new Anchor(certificates.linkedInUrl(c, locale),
					getTranslation("certificate.mine.linkedin"), AnchorTarget.BLANK);
			linkedIn.getElement().setAttribute("rel", "noopener");
			actions.add(linkedIn);
		}
		actions.addClassName("certificate-card__actions");
		card.add(actions);
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.mine.title");
	}

}
