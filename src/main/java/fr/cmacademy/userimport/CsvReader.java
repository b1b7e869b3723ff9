package fr.cmacademy.userimport;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records one at a time as RFC 4180 describes them: fields separated by one
 * character, optionally quoted, with doubled quotes inside quotes and line breaks allowed
 * in quoted fields; lines end in CRLF, LF or CR. Nothing is held beyond the current
 * record, so a file of any length is read in constant memory. Each record carries the
 * line number where it starts, as a text editor or spreadsheet shows it.
 */
public final class CsvReader implements AutoCloseable {

	/** A field longer than this is refused: no real account field comes close. */
	static final int MAX_FIELD = 10_000;

	/** One record and the line it starts on (1-based). */
	public record Record(int line, List<String> fields) {

		/** Whether every field is blank (an empty line, or a line of separators). */
		public boolean blank() {
			return fields.stream().allMatch(String::isBlank);
		}

	}

	private final Reader in;

	private final char separator;

	private int line = 1;

	private int pushedBack = -2;

	public CsvReader(Reader in, char separator) {
		this.in = in;
		this.separator = separator;
	}

	/**
	 * The next record, or {@code null} at the end of the input.
	 * @throws CsvException when a quoted field never ends or a field is unreasonably long
	 */
	public @Nullable Record next() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		int start = line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new CsvException(start, "userimport.problem.unclosed-quote");
				}
				if (c == '"') {
					int after = read();
					if (after == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = after;
						continue;
					}
				}
				else {
					if (c == '\n' || c == '\r') {
						line++;
						if (c == '\r') {
							int after = read();
							if (after != '\n') {
								unread(after);
							}
						}
						field.append('\n');
					}
					else {
						field.append((char) c);
					}
				}
			}
			else if (c == -1 || c == '\n' || c == '\r') {
				if (c == '\r') {
					int after = read();
					if (after != '\n') {
						unread(after);
					}
				}
				if (c != -1) {
					line++;
				}
				fields.add(field.toString());
				return new Record(start, List.copyOf(fields));
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			}
			else if (c == '"' && !fieldStarted && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else {
				// A quote inside an unquoted field is kept as text, as spreadsheets do.
				field.append((char) c);
				fieldStarted = true;
			}
			if (field.length() > MAX_FIELD) {
				throw new CsvException(start, "userimport.problem.field-too-long");
			}
			c = read();
		}
	}

	/**
	 * The separator of a file from its header line: whichever of {@code ;} and {@code ,}
	 * occurs more often outside quotes (a comma on a tie).
	 */
	public static char detectSeparator(String headerLine) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < headerLine.length(); i++) {
			char c = headerLine.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		return in.read();
	}

	private void unread(int c) {
		pushedBack = c;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** The file cannot be read as CSV from this line on. */
	public static class CsvException extends IOException {

		private final int line;

		private final String messageKey;

		public CsvException(int line, String messageKey) {
			super("line " + line + ": " + messageKey);
			this.line = line;
			this.messageKey = messageKey;
		}

		public int line() {
			return line;
		}

		public String messageKey() {
			return messageKey;
		}

	}

}
