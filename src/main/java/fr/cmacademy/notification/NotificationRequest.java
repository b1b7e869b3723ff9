package fr.cmacademy.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A notification to record for a user.
 *
 * @param userId the recipient
 * @param kind one of {@link NotificationKinds}; its texts are the translation keys
 * {@code notification.<kind>.title} and {@code notification.<kind>.body}
 * @param args the texts' {@code MessageFormat} arguments, in order (plain text, shown
 * inert)
 * @param link the page to open, as a path inside the application
 * ({@code quizzes/module-1-quiz}), or null for none
 */
public record NotificationRequest(long userId, String kind, List<String> args, @Nullable String link) {

	public NotificationRequest {
		args = List.copyOf(args);
	}

}
