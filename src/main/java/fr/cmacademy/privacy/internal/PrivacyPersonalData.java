package fr.cmacademy.privacy.internal;

import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * The user's own deletion requests: exported; on erasure the rows stay (the record that
 * an erasure was asked for and done) and a refusal's reason, free text, is erased.
 */
@Component
class PrivacyPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final RequestRepository requests;

	PrivacyPersonalData(JdbcClient jdbc, RequestRepository requests) {
		this.jdbc = jdbc;
		this.requests = requests;
	}

	@Override
	public String area() {
		return "privacy";
	}

	@Override
	public Set<String> tables() {
		return Set.of("privacy_request");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records list = out.list("deletion_requests")) {
			jdbc.sql("""
					SELECT state, requested_at, decided_at, reason FROM privacy_request WHERE user_id = :u
					ORDER BY requested_at, id""").param("u", userId).query((RowCallbackHandler) list::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		context.count("privacy.reasons", requests.eraseReasons(userId));
	}

}
