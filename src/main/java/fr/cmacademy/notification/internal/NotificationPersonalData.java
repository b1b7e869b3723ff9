package fr.cmacademy.notification.internal;

import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * The user's notifications. Their arguments may hold names and titles and they count in
 * no statistics: erasure deletes them.
 */
@Component
class NotificationPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	NotificationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String area() {
		return "notification";
	}

	@Override
	public Set<String> tables() {
		return Set.of("notification");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records notifications = out.list("notifications")) {
			jdbc.sql("""
					SELECT id, kind, args, link, created_at, read_at, email_state, emailed_at
					FROM notification WHERE user_id = :u ORDER BY created_at, id""")
				.param("u", userId)
				.query((RowCallbackHandler) notifications::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		context.count("notification.deleted",
				jdbc.sql("DELETE FROM notification WHERE user_id = :u").param("u", userId).update());
	}

}
