package fr.cmacademy.scenario.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;
import fr.cmacademy.shared.privacy.StreamingJdbc;
import fr.cmacademy.simulation.Action;
import fr.cmacademy.simulation.ActionCodec;

/**
 * Scenario runs, every action of them (replies and posts as typed) and the points a
 * trainer gave. Erasure replaces each text the learner typed with a fixed marker and
 * keeps every choice, number, score and date: the run's stored score, percent and result
 * stay what they were. (A replayed debrief then shows the marker in place of the text.)
 */
@Component
class ScenarioPersonalData implements PersonalData {

	private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9 .,]*%?");

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	ScenarioPersonalData(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = StreamingJdbc.of(dataSource);
	}

	@Override
	public String area() {
		return "scenario";
	}

	@Override
	public Set<String> tables() {
		return Set.of("scenario_run", "scenario_run_action", "scenario_run_review");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records runs = out.list("runs")) {
			streaming.sql("""
					SELECT id, scenario_id, scenario_version, run_no, state, started_at, finished_at, score, max_score,
					  percent, passed, pending_review
					FROM scenario_run WHERE user_id = :u ORDER BY started_at, id""")
				.param("u", userId)
				.query((RowCallbackHandler) runs::addRow);
		}
		try (ExportWriter.Records actions = out.list("actions")) {
			streaming
				.sql("""
						SELECT a.run_id, a.seq, a.at, a.action FROM scenario_run_action a JOIN scenario_run r ON r.id = a.run_id
						WHERE r.user_id = :u ORDER BY r.started_at, a.run_id, a.seq""")
				.param("u", userId)
				.query((RowCallbackHandler) rs -> {
					Map<String, Object> record = new LinkedHashMap<>();
					record.put("run_id", rs.getLong("run_id"));
					record.put("seq", rs.getInt("seq"));
					record.put("at", rs.getTimestamp("at").toInstant());
					record.put("action", fields(rs.getString("action")));
					actions.add(record);
				});
		}
		try (ExportWriter.Records reviews = out.list("reviews")) {
			streaming
				.sql("""
						SELECT v.run_id, v.marker_key, v.points FROM scenario_run_review v JOIN scenario_run r ON r.id = v.run_id
						WHERE r.user_id = :u ORDER BY v.run_id, v.marker_key""")
				.param("u", userId)
				.query((RowCallbackHandler) reviews::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		record Row(long run, int seq, String action) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT a.run_id, a.seq, a.action FROM scenario_run_action a JOIN scenario_run r ON r.id = a.run_id
				WHERE r.user_id = :u AND (a.action LIKE '%"type":"write"%' OR a.action LIKE '%"type":"submit"%'
				  OR a.action LIKE '%"type":"answer"%')""")
			.param("u", userId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.list();
		int changed = 0;
		for (Row row : rows) {
			String erased = ActionCodec.encode(erased(ActionCodec.decode(row.action())));
			if (!erased.equals(row.action())) {
				changed += jdbc.sql("UPDATE scenario_run_action SET action = :a WHERE run_id = :r AND seq = :s")
					.param("a", erased)
					.param("r", row.run())
					.param("s", row.seq())
					.update();
			}
		}
		context.count("scenario.texts", changed);
	}

	/** The action with every text the learner typed replaced by the marker. */
	private static Action erased(Action action) {
		String marker = ErasureContext.ERASED_TEXT;
		return switch (action) {
			case Action.Write w -> new Action.Write(w.decision(), w.option(), marker, w.language());
			case Action.Submit s ->
				new Action.Submit(s.target(), marker, s.altText().isEmpty() ? "" : marker, s.language());
			// A number or percentage is kept (it is an answer to a figure, not a text),
			// so the run still replays; a written answer goes.
			case Action.Answer a ->
				NUMBER.matcher(a.value().strip()).matches() ? a : new Action.Answer(a.question(), marker, a.language());
			default -> action;
		};
	}

	private static Map<String, Object> fields(String encoded) {
		return ActionCodec.fields(ActionCodec.decode(encoded));
	}

}
