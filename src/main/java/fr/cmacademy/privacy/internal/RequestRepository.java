package fr.cmacademy.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.cmacademy.privacy.DeletionRequest;
import fr.cmacademy.privacy.RequestState;

/**
 * Deletion requests. The unique key on the generated {@code open_user} column allows one
 * pending request per user, whatever the timing of clicks.
 */
@Repository
public class RequestRepository {

	private static final String SELECT = """
			SELECT r.id, r.user_id, u.username, u.display_name, r.state, r.requested_at, r.decided_at, r.reason
			FROM privacy_request r JOIN app_user u ON u.id = r.user_id
			""";

	private final JdbcClient jdbc;

	RequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a pending request; {@code DuplicateKeyException} if one is pending. */
	public long insert(long userId, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO privacy_request (user_id, state, requested_at) VALUES (:u, 'PENDING', :now)")
			.param("u", userId)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** The user's latest request, if any. */
	public Optional<DeletionRequest> latest(long userId) {
		return jdbc.sql(SELECT + " WHERE r.user_id = :u ORDER BY r.requested_at DESC, r.id DESC LIMIT 1")
			.param("u", userId)
			.query(RequestRepository::map)
			.optional();
	}

	/** Reads and locks a request for the rest of the transaction. */
	public Optional<DeletionRequest> lock(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = :id FOR UPDATE")
			.param("id", id)
			.query(RequestRepository::map)
			.optional();
	}

	public boolean cancel(long userId, Instant now) {
		return jdbc.sql("""
				UPDATE privacy_request SET state = 'CANCELLED', decided_at = :now, decided_by = :u
				WHERE user_id = :u AND state = 'PENDING'""")
			.param("now", Timestamp.from(now))
			.param("u", userId)
			.update() == 1;
	}

	/** Moves a pending request to its decision; false if it was not pending any more. */
	public boolean decide(long id, RequestState state, Instant now, long adminId, @Nullable String reason) {
		return jdbc.sql("""
				UPDATE privacy_request SET state = :state, decided_at = :now, decided_by = :admin, reason = :reason
				WHERE id = :id AND state = 'PENDING'""")
			.param("state", state.name())
			.param("now", Timestamp.from(now))
			.param("admin", adminId)
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Pending requests oldest first, or processed ones (any other state) newest first.
	 */
	public List<DeletionRequest> page(boolean pending, int offset, int limit) {
		return jdbc
			.sql(SELECT
					+ (pending ? " WHERE r.state = 'PENDING' ORDER BY r.requested_at, r.id"
							: " WHERE r.state <> 'PENDING' ORDER BY r.decided_at DESC, r.id DESC")
					+ " LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(RequestRepository::map)
			.list();
	}

	public int count(boolean pending) {
		return jdbc
			.sql("SELECT COUNT(*) FROM privacy_request WHERE " + (pending ? "state = 'PENDING'" : "state <> 'PENDING'"))
			.query(Integer.class)
			.single();
	}

	/** Erases the free text of the user's requests (a refusal's reason may name them). */
	public int eraseReasons(long userId) {
		return jdbc.sql("UPDATE privacy_request SET reason = NULL WHERE user_id = :u AND reason IS NOT NULL")
			.param("u", userId)
			.update();
	}

	private static DeletionRequest map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new DeletionRequest(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
				rs.getString("display_name"), RequestState.valueOf(rs.getString("state")),
				rs.getTimestamp("requested_at").toInstant(), decided == null ? null : decided.toInstant(),
				rs.getString("reason"));
	}

}
