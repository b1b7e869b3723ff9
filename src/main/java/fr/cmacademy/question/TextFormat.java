package fr.cmacademy.question;

import java.util.Locale;
import java.util.Optional;

/**
 * How the source of a {@link FormattedText} is written, as GIFT's {@code [moodle]},
 * {@code [html]}, {@code [markdown]} and {@code [plain]} prefixes say. Moodle's default
 * for question text is {@link #MOODLE}; every other part of a question defaults to the
 * format of its question text.
 */
public enum TextFormat {

	MOODLE, HTML, MARKDOWN, PLAIN;

	/** The name used between brackets in GIFT, e.g. {@code markdown}. */
	public String giftName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The format named {@code name} in GIFT (exact, lower case, as Moodle compares it).
	 */
	public static Optional<TextFormat> fromGiftName(String name) {
		for (TextFormat format : values()) {
			if (format.giftName().equals(name)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
