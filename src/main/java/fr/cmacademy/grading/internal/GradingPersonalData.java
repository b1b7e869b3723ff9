package fr.cmacademy.grading.internal;

import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Grades of the learner's work and the trainers' feedback on it. The export holds
 * released grades with their feedback (a draft is the trainer's unfinished work: only its
 * state is given). Erasure keeps every figure (points, state, dates, who graded) and
 * erases the feedback texts and the reasons of grade changes: they were written about
 * work whose text is erased, often address the learner by name, and no statistic reads
 * them. For a trainer who is erased, the name copied into the grade history becomes the
 * anonymous name.
 */
@Component
class GradingPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	GradingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String area() {
		return "grading";
	}

	@Override
	public Set<String> tables() {
		return Set.of("grading_work", "grading_criterion", "grading_audit");
	}

	@Override
	public void export(long userId, ExportWriter out) {
		try (ExportWriter.Records grades = out.list("grades")) {
			jdbc.sql("""
					SELECT id, kind, source_id, slot, item_id, submitted_at, state,
					  IF(state = 'RELEASED', points, NULL) AS points, max_points,
					  IF(state = 'RELEASED', passed, NULL) AS passed,
					  IF(state = 'RELEASED', comment, NULL) AS comment, released_at
					FROM grading_work WHERE learner_id = :u ORDER BY submitted_at, id""")
				.param("u", userId)
				.query((RowCallbackHandler) grades::addRow);
		}
		try (ExportWriter.Records criteria = out.list("criteria")) {
			jdbc.sql("""
					SELECT c.work_id, c.criterion, c.points, c.comment
					FROM grading_criterion c JOIN grading_work w ON w.id = c.work_id
					WHERE w.learner_id = :u AND w.state = 'RELEASED' ORDER BY c.work_id, c.criterion""")
				.param("u", userId)
				.query((RowCallbackHandler) criteria::addRow);
		}
		try (ExportWriter.Records history = out.list("history")) {
			jdbc.sql("""
					SELECT a.work_id, a.at, a.action, a.old_state, a.new_state, a.old_points, a.new_points, a.reason
					FROM grading_audit a JOIN grading_work w ON w.id = a.work_id
					WHERE w.learner_id = :u AND a.action <> 'DRAFT' ORDER BY a.work_id, a.at""")
				.param("u", userId)
				.query((RowCallbackHandler) history::addRow);
		}
	}

	@Override
	public void erase(long userId, ErasureContext context) {
		int comments = jdbc.sql("UPDATE grading_work SET comment = NULL WHERE learner_id = :u AND comment IS NOT NULL")
			.param("u", userId)
			.update();
		comments += jdbc.sql("""
				UPDATE grading_criterion c JOIN grading_work w ON w.id = c.work_id SET c.comment = NULL
				WHERE w.learner_id = :u AND c.comment IS NOT NULL""").param("u", userId).update();
		context.count("grading.comments", comments);
		context.count("grading.reasons", jdbc.sql("""
				UPDATE grading_audit a JOIN grading_work w ON w.id = a.work_id SET a.reason = NULL
				WHERE w.learner_id = :u AND a.reason IS NOT NULL""").param("u", userId).update());
		context.count("grading.grader-name",
				jdbc.sql("UPDATE grading_audit SET actor_name = :name WHERE actor_id = :u AND actor_name <> :name")
					.param("name", context.anonymousDisplayName())
					.param("u", userId)
					.update());
	}

}
