package fr.cmacademy.certificate.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateKind;

/**
 * The printable certificate: A4 landscape, in the learner's language, DejaVu fonts
 * embedded (subsets), the verification code and a QR code of the verification URL drawn
 * as vector squares (sharp at any zoom).
 */
public final class CertificatePdf {

	/** The texts of the page, already in the learner's language. */
	public record Labels(String heading, String presentedTo, String forCompleting, String issuedOn, String validUntil,
			String skills, String verifyAt, String code, String issuer) {
	}

	private static final Color INK = new Color(0x1d, 0x1b, 0x2f);

	private static final Color ACCENT = new Color(0x43, 0x38, 0xca);

	private static final Color CORAL = new Color(0xe2, 0x55, 0x3f);

	private static final Color MUTED = new Color(0x55, 0x53, 0x6b);

	private CertificatePdf() {
	}

	public static byte[] render(Certificate c, List<String> skills, String verificationUrl, Labels labels) {
		Locale locale = Locale.of(c.language());
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withZone(ZoneOffset.UTC);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PDPage page = new PDPage(size);
			document.addPage(page);
			PDFont serif = font(document, "DejaVuSerif.ttf");
			PDFont serifBold = font(document, "DejaVuSerif-Bold.ttf");
			PDFont sans = font(document, "DejaVuSans.ttf");
			PDFont sansBold = font(document, "DejaVuSans-Bold.ttf");
			float w = size.getWidth();
			float h = size.getHeight();
			String title = c.title().in(locale);
			try (PDPageContentStream s = new PDPageContentStream(document, page)) {
				// Frame: a thin accent border inside a wider ink one.
				s.setNonStrokingColor(ACCENT);
				s.addRect(24, h - 96, w - 48, 72);
				s.fill();
				s.setNonStrokingColor(CORAL);
				s.addRect(24, h - 100, w - 48, 4);
				s.fill();
				s.setStrokingColor(ACCENT);
				s.setLineWidth(1.2f);
				s.addRect(24, 24, w - 48, h - 48);
				s.stroke();

				centered(s, sansBold, 13, Color.WHITE, "CM ACADEMY", w, h - 60);
				centered(s, sans, 10, Color.WHITE, labels.issuer(), w, h - 78);

				centered(s, serifBold, 30, INK, labels.heading(), w, h - 160);
				centered(s, sans, 12, MUTED, labels.presentedTo(), w, h - 198);
				centered(s, serifBold, 28, INK, c.holderName(), w, h - 240);
				s.setStrokingColor(CORAL);
				s.setLineWidth(1.5f);
				s.moveTo(w / 2 - 60, h - 256);
				s.lineTo(w / 2 + 60, h - 256);
				s.stroke();
				centered(s, sans, 12, MUTED, labels.forCompleting(), w, h - 282);
				float y = h - 314;
				for (String line : wrap(serif, 20, title, w - 220)) {
					centered(s, serifBold, 21, ACCENT, line, w, y);
					y -= 26;
				}

				float left = 70;
				float infoTop = 190;
				text(s, sansBold, 10, MUTED, labels.issuedOn(), left, infoTop);
				text(s, sans, 12, INK, dates.format(c.issuedAt()), left, infoTop - 16);
				if (c.validUntil() != null) {
					text(s, sansBold, 10, MUTED, labels.validUntil(), left + 190, infoTop);
					text(s, sans, 12, INK, dates.format(c.validUntil()), left + 190, infoTop - 16);
				}
				if (!skills.isEmpty()) {
					text(s, sansBold, 10, MUTED, labels.skills(), left, infoTop - 48);
					float sy = infoTop - 64;
					for (String skill : skills.subList(0, Math.min(skills.size(), 5))) {
						text(s, sans, 10.5f, INK, "•  " + skill, left, sy);
						sy -= 15;
					}
				}

				float qrSize = 118;
				float qrX = w - 70 - qrSize;
				float qrY = 70;
				qr(s, verificationUrl, qrX, qrY, qrSize);
				float codeX = qrX - 24;
				rightAligned(s, sansBold, 10, MUTED, labels.code(), codeX, qrY + qrSize - 10);
				rightAligned(s, sansBold, 15, INK, c.displayCode(), codeX, qrY + qrSize - 30);
				rightAligned(s, sans, 9, MUTED, labels.verifyAt(), codeX, qrY + 30);
				rightAligned(s, sans, 9, ACCENT, verificationUrl, codeX, qrY + 16);
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title + " — " + c.holderName());
			info.setAuthor("CM Academy");
			info.setSubject(c.kind() == CertificateKind.CERTIFICATE ? "Certificate" : "Badge");
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDFont font(PDDocument document, String file) throws IOException {
		try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IOException("Missing font " + file);
			}
			return PDType0Font.load(document, in, true);
		}
	}

	private static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, 0);
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IOException(ex);
		}
		float cell = size / matrix.getWidth();
		s.setNonStrokingColor(Color.BLACK);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int col = 0; col < matrix.getWidth(); col++) {
				if (matrix.get(col, row)) {
					s.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
				}
			}
		}
		s.fill();
	}

	private static void text(PDPageContentStream s, PDFont font, float size, Color color, String text, float x, float y)
			throws IOException {
		s.beginText();
		s.setFont(font, size);
		s.setNonStrokingColor(color);
		s.newLineAtOffset(x, y);
		s.showText(text);
		s.endText();
	}

	private static void centered(PDPageContentStream s, PDFont font, float size, Color color, String text,
			float pageWidth, float y) throws IOException {
		text(s, font, size, color, text, (pageWidth - width(font, size, text)) / 2, y);
	}

	private static void rightAligned(PDPageContentStream s, PDFont font, float size, Color color, String text,
			float right, float y) throws IOException {
		text(s, font, size, color, text, right - width(font, size, text), y);
	}

	private static float width(PDFont font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
		List<String> lines = new ArrayList<>();
		@Nullable String line = null;
		for (String word : text.split("\\s+")) {
			String candidate = line == null ? word : line + " " + word;
			if (line != null && width(font, size, candidate) > max) {
				lines.add(line);
				line = word;
			}
			else {
				line = candidate;
			}
		}
		if (line != null) {
			lines.add(line);
		}
		return lines;
	}

}
