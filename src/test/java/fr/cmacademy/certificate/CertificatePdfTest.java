package fr.cmacademy.certificate;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.cmacademy.certificate.internal.CertificatePdf;
import fr.cmacademy.shared.Text;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable certificate: one A4 landscape page with embedded fonts, the holder's
 * name, the title and the code as text, and a QR code that scans to the verification URL.
 */
class CertificatePdfTest {

	static final CertificatePdf.Labels FRENCH = new CertificatePdf.Labels("Certificat de réussite",
			"Nous certifions que", "a rempli toutes les conditions de la certification", "DÉLIVRÉ LE",
			"VALIDE JUSQU’AU", "COMPÉTENCES", "Vérifiable à tout moment sur", "CODE DE VÉRIFICATION",
			"Formation et certification des community managers");

	static Certificate certificate() {
		return new Certificate(42, 7L, CertificateKind.CERTIFICATE, "cm-certification", 1, "7KQ2M9XW4HBR8ZT3NV6P",
				"Camille Lefèvre-Ånström", "fr",
				new Text("Community Manager certifié·e", "Certified Community Manager"),
				Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2028-12-07T10:00:00Z"), null, null, null);
	}

	@Test
	void the_pdf_holds_the_name_title_and_code_and_its_qr_code_scans_to_the_verification_url() throws Exception {
		String url = "https://academy.example/verify/7KQ2M9XW4HBR8ZT3NV6P";
		byte[] pdf = CertificatePdf.render(certificate(),
				List.of("Écrire pour une communauté en ligne", "Modérer avec une charte claire"), url, FRENCH);
		Path out = Path.of("target", "certificate-sample.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getPage(0).getMediaBox().getWidth())
				.isGreaterThan(document.getPage(0).getMediaBox().getHeight());
			for (var name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Camille Lefèvre-Ånström", "Community Manager certifié·e",
					"7KQ2M-9XW4H-BR8ZT-3NV6P", "Écrire pour une communauté en ligne", "7 décembre 2026");

			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			var bitmap = new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
			assertThat(new QRCodeReader()
				.decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
				.getText()).isEqualTo(url);
		}
	}

	@Test
	void a_badge_in_english_has_no_expiry_and_wraps_a_long_title() throws Exception {
		Certificate badge = new Certificate(43, 7L, CertificateKind.BADGE, "cm-crises", 1, "M4XK7PQ2ZR9T8VWB3HNC",
				"Jordan Smith", "en",
				new Text("Trolls et crises",
						"Trolls, crises and the art of keeping a community together when it burns"),
				Instant.parse("2026-12-07T10:00:00Z"), null, null, null, null);
		CertificatePdf.Labels english = new CertificatePdf.Labels("Module badge", "This certifies that",
				"has completed the module", "ISSUED ON", "VALID UNTIL", "SKILLS", "Check it at any time on",
				"VERIFICATION CODE", "Training and certification for community managers");
		byte[] pdf = CertificatePdf.render(badge, List.of("Defusing trolls"), "https://academy.example/verify/M4XK7",
				english);
		Files.write(Path.of("target", "badge-sample-en.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Module badge", "Jordan Smith", "December 7, 2026", "keeping a community")
				.doesNotContain("VALID UNTIL");
		}
	}

}
