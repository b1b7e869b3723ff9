package fr.cmacademy.grading.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.grading.GradeState;
import fr.cmacademy.grading.GradingWork.AuditEntry;
import fr.cmacademy.grading.GradingWork.CriterionGrade;
import fr.cmacademy.grading.QueueFilter;
import fr.cmacademy.grading.WorkKind;
import fr.cmacademy.shared.TrainerScope.Condition;

/**
 * Work rows (queue entry and grade in one), their criteria and their audit trail. A grade
 * is saved with one conditional update on the revision the grader saw.
 */
@Repository
public class WorkRepository {

	/** A work row, with the learner's and the last grader's names. */
	public record WorkRow(long id, WorkKind kind, long sourceId, int slot, long learnerId, String learnerName,
			String itemId, String moduleId, Instant submittedAt, GradeState state, @Nullable Double points,
			double maxPoints, @Nullable Boolean passed, String comment, @Nullable String graderName,
			@Nullable Instant gradedAt, @Nullable Instant releasedAt, int revision) {
	}

	private static final String COLUMNS = """
			w.id, w.kind, w.source_id, w.slot, w.learner_id, u.display_name, w.item_id, w.module_id, w.submitted_at,
			w.state, w.points, w.max_points, w.passed, w.comment, g.display_name, w.graded_at, w.released_at,
			w.revision""";

	private static final String FROM = """
			FROM grading_work w JOIN app_user u ON u.id = w.learner_id LEFT JOIN app_user g ON g.id = w.grader_id""";

	private final JdbcClient jdbc;

	WorkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues a piece of work unless it is queued already (events may repeat). */
	public void queue(WorkKind kind, long sourceId, int slot, long learnerId, String itemId, String moduleId,
			Instant submittedAt, double maxPoints) {
		jdbc.sql("""
				INSERT IGNORE INTO grading_work
				  (kind, source_id, slot, learner_id, item_id, module_id, submitted_at, state, max_points)
				VALUES (:k, :s, :slot, :l, :i, :m, :at, 'WAITING', :max)
				""")
			.param("k", kind.name())
			.param("s", sourceId)
			.param("slot", slot)
			.param("l", learnerId)
			.param("i", itemId)
			.param("m", moduleId)
			.param("at", Timestamp.from(submittedAt))
			.param("max", maxPoints)
			.update();
	}

	public Optional<WorkRow> find(long workId) {
		return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE w.id = :id")
			.param("id", workId)
			.query((rs, row) -> row(rs))
			.optional();
	}

	public Optional<WorkRow> findBySource(WorkKind kind, long sourceId, int slot) {
		return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE w.kind = :k AND w.source_id = :s AND w.slot = :slot")
			.param("k", kind.name())
			.param("s", sourceId)
			.param("slot", slot)
			.query((rs, row) -> row(rs))
			.optional();
	}

	/** The learner's released grades, newest first. */
	public List<WorkRow> released(long learnerId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " " + FROM
					+ " WHERE w.learner_id = :l AND w.state = 'RELEASED' ORDER BY w.released_at DESC, w.id DESC")
			.param("l", learnerId)
			.query((rs, row) -> row(rs))
			.list();
	}

	/**
	 * A page of the queue, oldest submission first; {@code scope} is a condition on
	 * {@code w.learner_id} (the learners the grader sees).
	 */
	public List<WorkRow> page(QueueFilter filter, Condition scope, Instant now, int offset, int limit) {
		Where where = where(filter, scope, now);
		JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + COLUMNS + " " + FROM + where.sql
				+ " ORDER BY w.submitted_at, w.id LIMIT :limit OFFSET :offset");
		where.params.forEach(spec::param);
		return spec.param("limit", limit).param("offset", offset).query((rs, row) -> row(rs)).list();
	}

	public int count(QueueFilter filter, Condition scope, Instant now) {
		Where where = where(filter, scope, now);
		JdbcClient.StatementSpec spec = jdbc.sql("SELECT COUNT(*) " + FROM + where.sql);
		where.params.forEach(spec::param);
		return spec.query(Integer.class).single();
	}

	/** The next work of the filter after the given one, in queue order. */
	public Optional<Long> next(QueueFilter filter, Condition scope, Instant now, Instant submittedAt, long workId) {
		Where where = where(filter, scope, now);
		JdbcClient.StatementSpec spec = jdbc.sql("SELECT w.id " + FROM + where.sql
				+ " AND (w.submitted_at > :after OR (w.submitted_at = :after AND w.id > :afterId))"
				+ " ORDER BY w.submitted_at, w.id LIMIT 1");
		where.params.forEach(spec::param);
		return spec.param("after", Timestamp.from(submittedAt)).param("afterId", workId).query(Long.class).optional();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(QueueFilter filter, Condition scope, Instant now) {
		StringBuilder sql = new StringBuilder(" WHERE w.state IN (:states) AND ").append(scope.sql());
		Map<String, Object> params = new LinkedHashMap<>(scope.params());
		params.put("states", filter.states().stream().map(Enum::name).toList());
		if (filter.kind() != null) {
			sql.append(" AND w.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.moduleId() != null) {
			sql.append(" AND w.module_id = :module");
			params.put("module", filter.moduleId());
		}
		if (filter.minAgeDays() != null) {
			sql.append(" AND w.submitted_at <= :submittedBefore");
			params.put("submittedBefore", Timestamp.from(now.minus(Duration.ofDays(filter.minAgeDays()))));
		}
		if (filter.learner() != null && !filter.learner().isBlank()) {
			sql.append(" AND (u.display_name LIKE :learner OR u.email LIKE :learner OR u.username LIKE :learner)");
			params.put("learner", "%" + like(filter.learner().strip()) + "%");
		}
		return new Where(sql.toString(), params);
	}

	private static String like(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	public Map<String, CriterionGrade> criteria(long workId) {
		Map<String, CriterionGrade> criteria = new LinkedHashMap<>();
		jdbc.sql("SELECT criterion, points, comment FROM grading_criterion WHERE work_id = :w ORDER BY criterion")
			.param("w", workId)
			.query((RowCallbackHandler) rs -> criteria.put(rs.getString(1),
					new CriterionGrade(decimal(rs, 2), rs.getString(3) == null ? "" : rs.getString(3))));
		return criteria;
	}

	/**
	 * Saves a grade if the row is still at {@code revision}.
	 * @return false if someone saved in between
	 */
	public boolean saveGrade(long workId, int revision, GradeState state, @Nullable Double points,
			@Nullable Boolean passed, String comment, long graderId, Instant now) {
		return jdbc.sql("""
				UPDATE grading_work SET state = :state, points = :points, passed = :passed, comment = :comment,
				  grader_id = :grader, graded_at = :now,
				  released_at = IF(:state = 'RELEASED', COALESCE(released_at, :now), NULL),
				  revision = revision + 1
				WHERE id = :id AND revision = :revision
				""")
			.param("state", state.name())
			.param("points", points)
			.param("passed", passed)
			.param("comment", comment)
			.param("grader", graderId)
			.param("now", Timestamp.from(now))
			.param("id", workId)
			.param("revision", revision)
			.update() == 1;
	}

	/** The passed flag the owning feature decided once the grade was applied. */
	public void setPassed(long workId, @Nullable Boolean passed) {
		jdbc.sql("UPDATE grading_work SET passed = :p WHERE id = :id").param("p", passed).param("id", workId).update();
	}

	public void replaceCriteria(long workId, Map<String, CriterionGrade> criteria) {
		jdbc.sql("DELETE FROM grading_criterion WHERE work_id = :w").param("w", workId).update();
		criteria.forEach((key, grade) -> jdbc
			.sql("INSERT INTO grading_criterion (work_id, criterion, points, comment) VALUES (:w, :c, :p, :t)")
			.param("w", workId)
			.param("c", key)
			.param("p", grade.points())
			.param("t", grade.comment().isBlank() ? null : grade.comment())
			.update());
	}

	public void addAudit(long workId, long actorId, String actorName, Instant at, String action, GradeState oldState,
			GradeState newState, @Nullable Double oldPoints, @Nullable Double newPoints, @Nullable String reason) {
		jdbc.sql("""
				INSERT INTO grading_audit
				  (work_id, actor_id, actor_name, at, action, old_state, new_state, old_points, new_points, reason)
				VALUES (:w, :actor, :name, :at, :action, :old, :new, :oldPoints, :newPoints, :reason)
				""")
			.param("w", workId)
			.param("actor", actorId)
			.param("name", actorName)
			.param("at", Timestamp.from(at))
			.param("action", action)
			.param("old", oldState.name())
			.param("new", newState.name())
			.param("oldPoints", oldPoints)
			.param("newPoints", newPoints)
			.param("reason", reason)
			.update();
	}

	public List<AuditEntry> audit(long workId) {
		List<AuditEntry> entries = new ArrayList<>();
		jdbc.sql("""
				SELECT at, actor_name, action, old_state, new_state, old_points, new_points, reason
				FROM grading_audit WHERE work_id = :w ORDER BY at, id
				""")
			.param("w", workId)
			.query((RowCallbackHandler) rs -> entries.add(new AuditEntry(rs.getTimestamp(1).toInstant(),
					rs.getString(2), rs.getString(3), GradeState.valueOf(rs.getString(4)),
					GradeState.valueOf(rs.getString(5)), decimal(rs, 6), decimal(rs, 7), rs.getString(8))));
		return entries;
	}

	/** The learner's language for messages (French unless they chose English). */
	public Locale learnerLocale(long learnerId) {
		List<String> tags = jdbc.sql("SELECT COALESCE(preferred_locale, 'fr') FROM app_user WHERE id = :id")
			.param("id", learnerId)
			.query(String.class)
			.list();
		return !tags.isEmpty() && tags.get(0).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
	}

	private static WorkRow row(ResultSet rs) throws SQLException {
		return new WorkRow(rs.getLong(1), WorkKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getInt(4), rs.getLong(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
				GradeState.valueOf(rs.getString(10)), decimal(rs, 11), rs.getDouble(12),
				(Boolean) rs.getObject(13, Boolean.class), rs.getString(14) == null ? "" : rs.getString(14),
				rs.getString(15), instant(rs, 16), instant(rs, 17), rs.getInt(18));
	}

	private static @Nullable Double decimal(ResultSet rs, int column) throws SQLException {
		java.math.BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
