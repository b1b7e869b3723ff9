package fr.cmacademy.shared.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and numbers as pages show them, in the page's language. Times are shown in French
 * time, the platform's reference for deadlines.
 */
public final class Formats {

	/** The zone every date on the platform is shown in. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private Formats() {
	}

	/**
	 * A date and time, e.g. {@code 8 déc. 2026, 14:05} or {@code Dec 8, 2026, 2:05 PM}.
	 */
	public static String dateTime(Locale locale, Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZONE)
			.format(instant);
	}

	/** Points or marks, with at most two decimals ({@code 7,5} in French). */
	public static String number(Locale locale, double value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

}
