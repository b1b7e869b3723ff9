package fr.cmacademy.notification;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stored notification as its owner sees it: texts are rendered by the reader from
 * {@link #titleKey()} and {@link #bodyKey()} with {@link #args()}.
 */
public record NotificationEntry(long id, String kind, List<String> args, @Nullable String link, Instant createdAt,
		@Nullable Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	public String titleKey() {
		return titleKey(kind);
	}

	public String bodyKey() {
		return bodyKey(kind);
	}

	/** The arguments as {@code MessageFormat} parameters. */
	public Object[] params() {
		return args.toArray();
	}

	public static String titleKey(String kind) {
		return "notification." + kind + ".title";
	}

	public static String bodyKey(String kind) {
		return "notification." + kind + ".body";
	}

}
