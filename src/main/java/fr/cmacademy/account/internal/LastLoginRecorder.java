package fr.cmacademy.account.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps each user's last login time (admins see it in the user list).
 */
@Component
class LastLoginRecorder {

	private final UserRepository users;

	private final Clock clock;

	LastLoginRecorder(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void onLogin(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			users.recordLogin(principal.id(), clock.instant());
		}
	}

}
