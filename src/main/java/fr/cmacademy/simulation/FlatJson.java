package fr.cmacademy.simulation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The smallest JSON that an action needs: one object whose values are texts or whole
 * numbers. Strict on reading, so that a damaged log entry is noticed, not guessed.
 */
final class FlatJson {

	private final String text;

	private int at;

	private FlatJson(String text) {
		this.text = text;
	}

	static String write(Map<String, Object> fields) {
		StringBuilder out = new StringBuilder("{");
		fields.forEach((key, value) -> {
			if (out.length() > 1) {
				out.append(',');
			}
			quote(key, out);
			out.append(':');
			if (value instanceof Number number) {
				out.append(number.longValue());
			}
			else {
				quote(String.valueOf(value), out);
			}
		});
		return out.append('}').toString();
	}

	private static void quote(String value, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	static Map<String, Object> read(String text) {
		return new FlatJson(text).object();
	}

	private Map<String, Object> object() {
		Map<String, Object> fields = new LinkedHashMap<>();
		space();
		expect('{');
		space();
		if (peek() == '}') {
			at++;
		}
		else {
			while (true) {
				space();
				String key = string();
				space();
				expect(':');
				space();
				Object value = peek() == '"' ? string() : number();
				if (fields.put(key, value) != null) {
					throw error("duplicate field '" + key + "'");
				}
				space();
				char c = next();
				if (c == '}') {
					break;
				}
				if (c != ',') {
					throw error("expected ',' or '}'");
				}
			}
		}
		space();
		if (at != text.length()) {
			throw error("unexpected text after the object");
		}
		return fields;
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return value.toString();
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escaped = next();
			switch (escaped) {
				case '"', '\\', '/' -> value.append(escaped);
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'u' -> {
					if (at + 4 > text.length()) {
						throw error("short \\u escape");
					}
					try {
						value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					}
					catch (NumberFormatException ex) {
						throw error("bad \\u escape");
					}
					at += 4;
				}
				default -> throw error("bad escape \\" + escaped);
			}
		}
	}

	private Long number() {
		int start = at;
		if (peek() == '-') {
			at++;
		}
		while (at < text.length() && Character.isDigit(text.charAt(at))) {
			at++;
		}
		try {
			return Long.parseLong(text.substring(start, at));
		}
		catch (NumberFormatException ex) {
			throw error("expected a text or a whole number");
		}
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private char peek() {
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		return text.charAt(at);
	}

	private char next() {
		char c = peek();
		at++;
		return c;
	}

	private void expect(char c) {
		if (next() != c) {
			throw error("expected '" + c + "'");
		}
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException("not an encoded action (" + message + " at " + at + "): " + text);
	}

}
