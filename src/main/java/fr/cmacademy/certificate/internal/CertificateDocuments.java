package fr.cmacademy.certificate.internal;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.springframework.stereotype.Component;

import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateKind;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * A certificate's printable PDF, in the certificate's language, with the skills frozen in
 * its signed credential. Shared by the learner's download and the personal-data export.
 */
@Component
public class CertificateDocuments {

	private final CertificateRepository certificates;

	private final Credentials credentials;

	private final AppI18NProvider i18n;

	CertificateDocuments(CertificateRepository certificates, Credentials credentials, AppI18NProvider i18n) {
		this.certificates = certificates;
		this.credentials = credentials;
		this.i18n = i18n;
	}

	public byte[] pdf(Certificate c) {
		Locale locale = Locale.of(c.language());
		String kind = c.kind() == CertificateKind.CERTIFICATE ? "certificate" : "badge";
		CertificatePdf.Labels labels = new CertificatePdf.Labels(t("certificate.pdf.heading." + kind, locale),
				t("certificate.pdf.presented-to", locale), t("certificate.pdf.for-completing." + kind, locale),
				t("certificate.pdf.issued-on", locale), t("certificate.pdf.valid-until", locale),
				t("certificate.pdf.skills", locale), t("certificate.pdf.verify-at", locale),
				t("certificate.pdf.code", locale), t("certificate.pdf.issuer", locale));
		return CertificatePdf.render(c, skills(c), credentials.verificationUrl(c.code()), labels);
	}

	/** The file name of a certificate's downloads, without extension. */
	public static String fileName(Certificate c) {
		return "cm-academy-" + c.subjectId() + "-" + c.code().substring(0, 5).toLowerCase(Locale.ROOT);
	}

	/** The skills as frozen in the signed credential at issuance. */
	private List<String> skills(Certificate c) {
		String json = certificates.credential(c.id()).orElse("");
		if (json.isEmpty()) {
			return List.of();
		}
		try (JsonReader reader = Json.createReader(new StringReader(json))) {
			JsonValue tags = reader.readObject()
				.getJsonObject("credentialSubject")
				.getJsonObject("achievement")
				.get("tag");
			if (tags == null) {
				return List.of();
			}
			if (tags instanceof JsonString single) {
				return List.of(single.getString());
			}
			return tags.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
		}
	}

	private String t(String key, Locale locale) {
		return i18n.getTranslation(key, locale);
	}

}
