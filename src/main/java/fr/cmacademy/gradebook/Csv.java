package fr.cmacademy.gradebook;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * CSV as spreadsheets read it: UTF-8 with a byte order mark (Excel otherwise guesses a
 * legacy encoding), a comma or, for French Excel, a semicolon with decimal commas; fields
 * quoted when needed, and text that a spreadsheet would run as a formula neutralised with
 * a leading apostrophe.
 */
public enum Csv {

	/** Comma-separated, decimal point. */
	COMMA(',', Locale.ENGLISH),
	/** Semicolon-separated, decimal comma: what French Excel opens directly. */
	SEMICOLON(';', Locale.FRENCH);

	/** The UTF-8 byte order mark. */
	public static final String BOM = "\uFEFF";

	private final char separator;

	private final Locale numbers;

	Csv(char separator, Locale numbers) {
		this.separator = separator;
		this.numbers = numbers;
	}

	public char separator() {
		return separator;
	}

	/** One line, ending in CRLF as RFC 4180 says. */
	public String line(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(separator);
			}
			line.append(field(fields.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** A field, neutralised and quoted as needed. */
	public String field(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
				|| text.startsWith(" ") || text.endsWith(" ")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/** A number with at most one decimal, in this format's decimal notation. */
	public String number(double value) {
		DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(numbers));
		return format.format(value);
	}

}
