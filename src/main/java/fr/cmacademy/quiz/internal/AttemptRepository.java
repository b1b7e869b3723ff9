package fr.cmacademy.quiz.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attempt and slot rows. A save is one conditional update: it applies only if the slot is
 * still at the revision the learner's page saw and the attempt is open, so a stale tab or
 * a replayed request can never overwrite a newer answer.
 */
@Repository
public class AttemptRepository {

	/** An attempt row. */
	public record AttemptRow(long id, long userId, String quizId, int quizVersion, int number, boolean submitted,
			long seed, Instant startedAt, @Nullable Instant deadline, @Nullable Instant submitBy,
			@Nullable Instant submittedAt, boolean autoSubmitted, @Nullable Double marks, double maxMarks,
			@Nullable Double percent, boolean provisional, @Nullable Boolean passed) {
	}

	/** A question of an attempt, with the learner's saved answer. */
	public record SlotRow(int slot, String questionId, int questionVersion, double maxMarks, String displayOrder,
			@Nullable String response, int revision, @Nullable Instant savedAt, boolean flagged,
			@Nullable Double fraction, @Nullable String status, boolean checked) {
	}

	/** A new slot to insert. */
	public record NewSlot(String questionId, int questionVersion, double maxMarks, String displayOrder) {
	}

	/** A graded slot. */
	public record GradedSlot(int slot, double fraction, String status) {
	}

	private static final String ATTEMPT_COLUMNS = """
			id, user_id, quiz_id, quiz_version, attempt_no, state, seed, started_at, deadline_at, submit_by,
			submitted_at, auto_submitted, marks, max_marks, percent, provisional, passed""";

	private final JdbcClient jdbc;

	AttemptRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AttemptRow> attempt(long attemptId) {
		return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM quiz_attempt WHERE id = :id")
			.param("id", attemptId)
			.query((rs, row) -> attempt(rs))
			.optional();
	}

	/** Locks the attempt row until the transaction ends (submission). */
	public Optional<AttemptRow> lockAttempt(long attemptId) {
		return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM quiz_attempt WHERE id = :id FOR UPDATE")
			.param("id", attemptId)
			.query((rs, row) -> attempt(rs))
			.optional();
	}

	public List<AttemptRow> attempts(long userId, String quizId) {
		return jdbc
			.sql("SELECT " + ATTEMPT_COLUMNS
					+ " FROM quiz_attempt WHERE user_id = :u AND quiz_id = :q ORDER BY attempt_no")
			.param("u", userId)
			.param("q", quizId)
			.query((rs, row) -> attempt(rs))
			.list();
	}

	/** Attempts still open after their submission cut-off. */
	public List<Long> overdue(Instant now) {
		return jdbc.sql("SELECT id FROM quiz_attempt WHERE state = 'IN_PROGRESS' AND submit_by < :now")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	/**
	 * Inserts an attempt; fails with a duplicate-key error if the learner already has an
	 * open attempt on the quiz or the number is taken.
	 */
	public long insertAttempt(long userId, String quizId, int quizVersion, int number, long seed, Instant now,
			@Nullable Instant deadline, @Nullable Instant submitBy, double maxMarks) {
		return jdbc
			.sql("""
					INSERT INTO quiz_attempt (user_id, quiz_id, quiz_version, attempt_no, state, seed, started_at, deadline_at,
					  submit_by, max_marks)
					VALUES (:u, :q, :v, :n, 'IN_PROGRESS', :seed, :now, :deadline, :by, :max)
					RETURNING id
					""")
			.param("u", userId)
			.param("q", quizId)
			.param("v", quizVersion)
			.param("n", number)
			.param("seed", seed)
			.param("now", Timestamp.from(now))
			.param("deadline", deadline == null ? null : Timestamp.from(deadline))
			.param("by", submitBy == null ? null : Timestamp.from(submitBy))
			.param("max", maxMarks)
			.query(Long.class)
			.single();
	}

	public void insertSlots(long attemptId, List<NewSlot> slots) {
		for (int i = 0; i < slots.size(); i++) {
			NewSlot slot = slots.get(i);
			jdbc.sql(
					"""
							INSERT INTO quiz_attempt_slot (attempt_id, slot, question_id, question_version, max_marks, display_order)
							VALUES (:a, :s, :q, :v, :max, :order)
							""")
				.param("a", attemptId)
				.param("s", i)
				.param("q", slot.questionId())
				.param("v", slot.questionVersion())
				.param("max", slot.maxMarks())
				.param("order", slot.displayOrder())
				.update();
		}
	}

	public List<SlotRow> slots(long attemptId) {
		return jdbc
			.sql("""
					SELECT slot, question_id, question_version, max_marks, display_order, response, revision, saved_at, flagged,
					  fraction, status, checked
					FROM quiz_attempt_slot WHERE attempt_id = :a ORDER BY slot
					""")
			.param("a", attemptId)
			.query((rs, row) -> slot(rs))
			.list();
	}

	public Optional<SlotRow> slot(long attemptId, int slot) {
		return jdbc
			.sql("""
					SELECT slot, question_id, question_version, max_marks, display_order, response, revision, saved_at, flagged,
					  fraction, status, checked
					FROM quiz_attempt_slot WHERE attempt_id = :a AND slot = :s
					""")
			.param("a", attemptId)
			.param("s", slot)
			.query((rs, row) -> slot(rs))
			.optional();
	}

	/**
	 * Saves an answer if the slot is still at {@code expectedRevision}, the attempt is
	 * the user's, open, and before its cut-off.
	 * @return true if saved
	 */
	public boolean saveResponse(long userId, long attemptId, int slot, @Nullable String response, int expectedRevision,
			Instant now) {
		return jdbc.sql("""
				UPDATE quiz_attempt_slot s JOIN quiz_attempt a ON a.id = s.attempt_id
				SET s.response = :r, s.revision = s.revision + 1, s.saved_at = :now
				WHERE s.attempt_id = :a AND s.slot = :s AND s.revision = :rev AND a.user_id = :u AND NOT s.checked
				  AND a.state = 'IN_PROGRESS' AND (a.submit_by IS NULL OR a.submit_by >= :now)
				""")
			.param("r", response)
			.param("now", Timestamp.from(now))
			.param("a", attemptId)
			.param("s", slot)
			.param("rev", expectedRevision)
			.param("u", userId)
			.update() == 1;
	}

	/** Locks an answered question of an open attempt once its feedback is shown. */
	public boolean check(long userId, long attemptId, int slot) {
		return jdbc.sql("""
				UPDATE quiz_attempt_slot s JOIN quiz_attempt a ON a.id = s.attempt_id SET s.checked = TRUE
				WHERE s.attempt_id = :a AND s.slot = :s AND a.user_id = :u AND a.state = 'IN_PROGRESS'
				  AND s.response IS NOT NULL
				""").param("a", attemptId).param("s", slot).param("u", userId).update() == 1;
	}

	public boolean flag(long userId, long attemptId, int slot, boolean flagged) {
		return jdbc.sql("""
				UPDATE quiz_attempt_slot s JOIN quiz_attempt a ON a.id = s.attempt_id SET s.flagged = :f
				WHERE s.attempt_id = :a AND s.slot = :s AND a.user_id = :u AND a.state = 'IN_PROGRESS'
				""").param("f", flagged).param("a", attemptId).param("s", slot).param("u", userId).update() == 1;
	}

	public void grade(long attemptId, List<GradedSlot> graded) {
		for (GradedSlot slot : graded) {
			jdbc.sql("UPDATE quiz_attempt_slot SET fraction = :f, status = :st WHERE attempt_id = :a AND slot = :s")
				.param("f", slot.fraction())
				.param("st", slot.status())
				.param("a", attemptId)
				.param("s", slot.slot())
				.update();
		}
	}

	public void markSubmitted(long attemptId, Instant now, boolean automatic, double marks, double percent,
			boolean provisional, @Nullable Boolean passed) {
		jdbc.sql("""
				UPDATE quiz_attempt SET state = 'SUBMITTED', submitted_at = :now, auto_submitted = :auto, marks = :m,
				  percent = :p, provisional = :prov, passed = :passed
				WHERE id = :id AND state = 'IN_PROGRESS'
				""")
			.param("now", Timestamp.from(now))
			.param("auto", automatic)
			.param("m", marks)
			.param("p", percent)
			.param("prov", provisional)
			.param("passed", passed)
			.param("id", attemptId)
			.update();
	}

	/** The attempt's total after a trainer graded an essay (it stays submitted). */
	public void regrade(long attemptId, double marks, double percent, boolean provisional, @Nullable Boolean passed) {
		jdbc.sql("""
				UPDATE quiz_attempt SET marks = :m, percent = :p, provisional = :prov, passed = :passed
				WHERE id = :id AND state = 'SUBMITTED'
				""")
			.param("m", marks)
			.param("p", percent)
			.param("prov", provisional)
			.param("passed", passed)
			.param("id", attemptId)
			.update();
	}

	private static AttemptRow attempt(ResultSet rs) throws SQLException {
		return new AttemptRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
				"SUBMITTED".equals(rs.getString(6)), rs.getLong(7), rs.getTimestamp(8).toInstant(), instant(rs, 9),
				instant(rs, 10), instant(rs, 11), rs.getBoolean(12), decimal(rs, 13), rs.getDouble(14), decimal(rs, 15),
				rs.getBoolean(16), (Boolean) rs.getObject(17, Boolean.class));
	}

	private static SlotRow slot(ResultSet rs) throws SQLException {
		return new SlotRow(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getString(5),
				rs.getString(6), rs.getInt(7), instant(rs, 8), rs.getBoolean(9), decimal(rs, 10), rs.getString(11),
				rs.getBoolean(12));
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Double decimal(ResultSet rs, int column) throws SQLException {
		java.math.BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

}
