package fr.cmacademy.cohort.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import fr.cmacademy.shared.ui.Formats;

/**
 * The admin's time zone, as the browser reports it (French time until it has, or when it
 * does not): deadlines are entered and shown in it, and stored in UTC.
 */
final class AdminZone {

	private AdminZone() {
	}

	static ZoneId of(UI ui) {
		try {
			ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
			String id = details == null ? null : details.getTimeZoneId();
			if (id != null && !id.isBlank()) {
				return ZoneId.of(id);
			}
		}
		catch (DateTimeException | IllegalStateException ex) {
			// An unknown zone id or no browser yet: fall back to the platform's zone.
		}
		return Formats.ZONE;
	}

	static String format(Locale locale, ZoneId zone, Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant);
	}

}
