package fr.cmacademy.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.cmacademy.notification.NotificationEntry;

/**
 * Notification rows. Arguments are stored as one text, each followed by a unit separator
 * (control characters are removed from arguments first, so the separator never occurs
 * inside one).
 */
@Repository
public class NotificationRepository {

	private static final char SEPARATOR = '\u001F';

	private static final String COLUMNS = "id, kind, args, link, created_at, read_at";

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where and in which language to write to a user. */
	public record Recipient(@Nullable String email, @Nullable String locale) {
	}

	/** A notification waiting for its e-mail, with its recipient. */
	public record Pending(long id, String kind, List<String> args, @Nullable String link, String email,
			@Nullable String locale) {
	}

	/**
	 * The user's address and language, read from the account's table: the sender needs
	 * them for any user, not only the signed-in one the account service serves.
	 */
	public Optional<Recipient> recipient(long userId) {
		return jdbc.sql("SELECT email, preferred_locale FROM app_user WHERE id = :id AND enabled")
			.param("id", userId)
			.query((rs, row) -> new Recipient(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/**
	 * Stores a notification; empty when {@code onceKey} is set and the user already has
	 * one with that key.
	 */
	public Optional<Long> insert(long userId, String kind, List<String> args, @Nullable String link,
			@Nullable String onceKey, String emailState, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO notification (user_id, kind, args, link, once_key, created_at, email_state)
					VALUES (:u, :kind, :args, :link, :once, :now, :state)
					""")
				.param("u", userId)
				.param("kind", kind)
				.param("args", encode(args))
				.param("link", link)
				.param("once", onceKey)
				.param("now", Timestamp.from(now))
				.param("state", emailState)
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
		return Optional.of(keys.getKeyAs(Number.class).longValue());
	}

	public int unreadCount(long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :u AND read_at IS NULL")
			.param("u", userId)
			.query(Integer.class)
			.single();
	}

	/** The user's notifications, newest first. */
	public List<NotificationEntry> recent(long userId, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM notification WHERE user_id = :u ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("u", userId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> entry(rs))
			.list();
	}

	public Optional<Long> owner(long notificationId) {
		return jdbc.sql("SELECT user_id FROM notification WHERE id = :id")
			.param("id", notificationId)
			.query(Long.class)
			.optional();
	}

	public void markRead(long notificationId, long userId, Instant now) {
		jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND user_id = :u AND read_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("id", notificationId)
			.param("u", userId)
			.update();
	}

	public void markAllRead(long userId, Instant now) {
		jdbc.sql("UPDATE notification SET read_at = :now WHERE user_id = :u AND read_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("u", userId)
			.update();
	}

	/** A notification whose e-mail is still to be sent, with its recipient's address. */
	public Optional<Pending> pending(long notificationId) {
		return jdbc.sql("""
				SELECT n.id, n.kind, n.args, n.link, u.email, u.preferred_locale
				FROM notification n JOIN app_user u ON u.id = n.user_id
				WHERE n.id = :id AND n.email_state = 'PENDING' AND u.email IS NOT NULL
				""")
			.param("id", notificationId)
			.query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2), decode(rs.getString(3)), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.optional();
	}

	public void emailState(long notificationId, String state, Instant now) {
		jdbc.sql("UPDATE notification SET email_state = :state, emailed_at = :now WHERE id = :id")
			.param("state", state)
			.param("now", Timestamp.from(now))
			.param("id", notificationId)
			.update();
	}

	/** The e-mail state of a notification, for the sender's checks and tests. */
	public Optional<String> emailState(long notificationId) {
		return jdbc.sql("SELECT email_state FROM notification WHERE id = :id")
			.param("id", notificationId)
			.query(String.class)
			.optional();
	}

	/** Parses a stored locale tag; French when none is stored (the product's default). */
	public static Locale locale(@Nullable String tag) {
		return tag == null || tag.isBlank() ? Locale.FRENCH : Locale.forLanguageTag(tag);
	}

	static String encode(List<String> args) {
		StringBuilder text = new StringBuilder();
		for (String arg : args) {
			text.append(arg.replaceAll("\\p{Cntrl}", " ")).append(SEPARATOR);
		}
		return text.toString();
	}

	static List<String> decode(String text) {
		List<String> args = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == SEPARATOR) {
				args.add(text.substring(start, i));
				start = i + 1;
			}
		}
		return List.copyOf(args);
	}

	private static NotificationEntry entry(ResultSet rs) throws SQLException {
		return new NotificationEntry(rs.getLong(1), rs.getString(2), decode(rs.getString(3)), rs.getString(4),
				rs.getTimestamp(5).toInstant(), instant(rs, 6));
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
