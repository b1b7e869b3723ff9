package fr.cmacademy.userimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides, from the bytes alone and while they are copied, whether an upload is text and
 * in which encoding. The browser's file name and MIME type are never consulted: a
 * spreadsheet, archive, PDF or any file with NUL bytes is refused with a message saying
 * what it looks like; text that is valid UTF-8 (with or without a byte order mark) is
 * read as UTF-8, anything else as Windows-1252 (what Excel in French saves as "CSV").
 */
final class TextSniffer {

	/** Windows-1252, the "ANSI" code page of Western European Windows. */
	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final byte[] head = new byte[8];

	private int headLength;

	private long size;

	private boolean nul;

	private boolean validUtf8 = true;

	/** Continuation bytes still expected by the current UTF-8 sequence. */
	private int pending;

	void feed(byte[] buffer, int length) {
		for (int i = 0; i < length; i++) {
			int b = buffer[i] & 0xFF;
			if (headLength < head.length) {
				head[headLength++] = (byte) b;
			}
			if (b == 0) {
				nul = true;
			}
			if (validUtf8) {
				utf8(b);
			}
		}
		size += length;
	}

	private void utf8(int b) {
		if (pending > 0) {
			if ((b & 0xC0) == 0x80) {
				pending--;
			}
			else {
				validUtf8 = false;
			}
		}
		else if (b < 0x80) {
			// ASCII
		}
		else if (b >= 0xC2 && b <= 0xDF) {
			pending = 1;
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			pending = 2;
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			pending = 3;
		}
		else {
			validUtf8 = false;
		}
	}

	long size() {
		return size;
	}

	/** The translation key saying why this is no CSV file, or empty when it is text. */
	Optional<String> refusal() {
		if (size == 0) {
			return Optional.of("userimport.refused.empty");
		}
		if (startsWith(0x50, 0x4B, 0x03, 0x04) || startsWith(0xD0, 0xCF, 0x11, 0xE0)) {
			return Optional.of("userimport.refused.spreadsheet");
		}
		if (startsWith(0x25, 0x50, 0x44, 0x46)) {
			return Optional.of("userimport.refused.pdf");
		}
		if (startsWith(0xFF, 0xFE) || startsWith(0xFE, 0xFF)) {
			return Optional.of("userimport.refused.utf16");
		}
		if (nul) {
			return Optional.of("userimport.refused.binary");
		}
		return Optional.empty();
	}

	boolean bom() {
		return startsWith(0xEF, 0xBB, 0xBF);
	}

	Charset charset() {
		return validUtf8 && pending == 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
	}

	private boolean startsWith(int... bytes) {
		if (headLength < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((head[i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

}
