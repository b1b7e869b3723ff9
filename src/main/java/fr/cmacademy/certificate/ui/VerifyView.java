package fr.cmacademy.certificate.ui;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.cmacademy.certificate.CertificateKind;
import fr.cmacademy.certificate.Verification;
import fr.cmacademy.certificate.Verification.CredentialCheck;
import fr.cmacademy.certificate.Verification.Details;
import fr.cmacademy.certificate.VerificationCodes;
import fr.cmacademy.certificate.VerificationService;
import fr.cmacademy.shared.ui.Wordmark;

/**
 * The public verification page: open from the QR code ({@code /verify/<code>}), type a
 * code, or upload a credential file. It shows only what the certificate itself shows.
 */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	final TextField code = new TextField();

	final Div result = new Div();

	private final VerificationService verification;

	public VerifyView(VerificationService verification) {
		this.verification = verification;
		addClassName("verify-page");
		Div panel = new Div();
		panel.addClassName("verify-page__panel");
		H1 title = new H1(getTranslation("certificate.verify.title"));
		Paragraph intro = new Paragraph(getTranslation("certificate.verify.intro"));
		intro.addClassName("verify-page__intro");

		code.setLabel(getTranslation("certificate.verify.code"));
		code.setPlaceholder("XXXXX-XXXXX-XXXXX-XXXXX");
		code.setHelperText(getTranslation("certificate.verify.code.help"));
		code.setMaxLength(40);
		code.addClassName("verify-page__code");
		Button check = new Button(getTranslation("certificate.verify.check"), click -> show(lookup(code.getValue())));
		check.addThemeVariants(ButtonVariant.PRIMARY);
		check.addClickShortcut(Key.ENTER);
		Div form = new Div(code, check);
		form.addClassName("verify-page__form");

		result.addClassName("verify-page__result");
		result.getElement().setAttribute("role", "status");
		result.getElement().setAttribute("aria-live", "polite");

		H2 fileTitle = new H2(getTranslation("certificate.verify.file.title"));
		Paragraph fileText = new Paragraph(getTranslation("certificate.verify.file.text"));
		// The handler runs under the session lock once the file is in; the "all finished"
		// round trip then brings the answer to the page (no server push needed).
		Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> showCredential(
				verification.verifyCredential(new String(data, StandardCharsets.UTF_8), address()))));
		upload.setAcceptedFileTypes("application/json", "application/ld+json", ".json", ".jsonld");
		upload.setMaxFileSize(512 * 1024);
		upload.setDropLabel(new Span(getTranslation("certificate.verify.file.drop")));
		upload.setUploadButton(new Button(getTranslation("certificate.verify.file.button")));
		upload.addAllFinishedListener(event -> upload.clearFileList());
		Div file = new Div(fileTitle, fileText, upload);
		file.addClassName("verify-page__file");

		panel.add(new Wordmark(), title, intro, form, result, file);
		add(panel);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getRouteParameters().get("code").ifPresent(typed -> {
			code.setValue(VerificationCodes.normalize(typed).map(VerificationCodes::display).orElse(typed));
			show(lookup(typed));
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("certificate.verify.title");
	}

	private Verification lookup(String typed) {
		return verification.verify(typed, address());
	}

	private void showCredential(CredentialCheck check) {
		if (!check.signatureValid() && check.verification().outcome() != Verification.Outcome.TOO_MANY_ATTEMPTS) {
			box("invalid", VaadinIcon.CLOSE_CIRCLE, getTranslation("certificate.verify.outcome.tampered"),
					getTranslation("certificate.verify.outcome.tampered.text"));
			return;
		}
		show(check.verification());
	}

	void show(Verification v) {
		String outcome = v.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
		VaadinIcon icon = switch (v.outcome()) {
			case VALID -> VaadinIcon.CHECK_CIRCLE;
			case EXPIRED -> VaadinIcon.CLOCK;
			case REVOKED, UNKNOWN -> VaadinIcon.CLOSE_CIRCLE;
			case TOO_MANY_ATTEMPTS -> VaadinIcon.HAND;
		};
		Div box = box(outcome, icon, getTranslation("certificate.verify.outcome." + outcome),
				getTranslation("certificate.verify.outcome." + outcome + ".text"));
		Details d = v.details();
		if (d != null) {
			Locale locale = getLocale();
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)
				.withZone(ZoneOffset.UTC);
			Div facts = new Div();
			facts.addClassName("verify-page__facts");
			fact(facts, "certificate.verify.holder",
					d.holderErased() ? getTranslation("certificate.verify.holder.erased") : d.holderName());
			fact(facts, d.kind() == CertificateKind.CERTIFICATE ? "certificate.verify.certificate"
					: "certificate.verify.badge", d.title().in(locale));
			fact(facts, "certificate.verify.issued", dates.format(d.issuedAt()));
			if (d.validUntil() != null) {
				fact(facts, "certificate.verify.valid-until", dates.format(d.validUntil()));
			}
			if (d.revokedAt() != null) {
				fact(facts, "certificate.verify.revoked", dates.format(d.revokedAt()));
			}
			fact(facts, "certificate.verify.code", d.code());
			box.add(facts);
			if (d.holderErased()) {
				box.add(nameCheck(d.code()));
			}
		}
	}

	/**
	 * For a holder whose data was erased: the name printed on the certificate, checked
	 * against the salted hash kept in its place.
	 */
	private Div nameCheck(String displayCode) {
		Paragraph explain = new Paragraph(getTranslation("certificate.verify.erased.text"));
		TextField name = new TextField(getTranslation("certificate.verify.erased.name"));
		name.setMaxLength(300);
		name.addClassName("verify-page__name");
		Span answer = new Span();
		answer.addClassName("verify-result__name-answer");
		answer.getElement().setAttribute("role", "status");
		answer.getElement().setAttribute("aria-live", "polite");
		Button check = new Button(getTranslation("certificate.verify.erased.check"), click -> {
			if (name.getValue().isBlank()) {
				name.setErrorMessage(getTranslation("certificate.verify.erased.required"));
				name.setInvalid(true);
				return;
			}
			name.setInvalid(false);
			boolean matches = verification.holderMatches(displayCode, name.getValue(), address());
			answer.setText(getTranslation(
					matches ? "certificate.verify.erased.matches" : "certificate.verify.erased.no-match"));
			answer.getElement().setAttribute("data-matches", Boolean.toString(matches));
		});
		Div form = new Div(name, check);
		form.addClassName("verify-page__name-form");
		Div box = new Div(explain, form, answer);
		box.addClassName("verify-result__erased");
		return box;
	}

	private Div box(String outcome, VaadinIcon icon, String heading, String text) {
		result.removeAll();
		result.getElement().setAttribute("data-outcome", outcome);
		var picture = icon.create();
		picture.getElement().setAttribute("aria-hidden", "true");
		H2 h = new H2(picture, new Span(heading));
		h.addClassName("verify-result__heading");
		Div box = new Div(h, new Paragraph(text));
		box.addClassNames("verify-result", "verify-result--" + outcome);
		result.add(box);
		return box;
	}

	private void fact(Div facts, String labelKey, String value) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("verify-result__label");
		Span text = new Span(value);
		text.addClassName("verify-result__value");
		facts.add(new Div(label, text));
	}

	private static String address() {
		VaadinSession session = VaadinSession.getCurrent();
		String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
		return address == null ? "unknown" : address;
	}

}
