package fr.cmacademy.shared.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;

/**
 * The time zone of the person looking at the page, from their browser (Vaadin collects it
 * when the page loads), for dates that are about when something happened (a login, an
 * audit entry). Falls back to the platform's zone ({@link Formats#ZONE}).
 */
public final class ViewerZone {

	private ViewerZone() {
	}

	public static ZoneId of(@Nullable UI ui) {
		if (ui == null) {
			return Formats.ZONE;
		}
		var details = ui.getPage().getExtendedClientDetails();
		String id = details == null ? null : details.getTimeZoneId();
		if (id == null || id.isBlank()) {
			return Formats.ZONE;
		}
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			return Formats.ZONE;
		}
	}

	/** A date and time in the viewer's zone and the page's language. */
	public static String dateTime(@Nullable UI ui, Locale locale, Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(of(ui))
			.format(instant);
	}

}
