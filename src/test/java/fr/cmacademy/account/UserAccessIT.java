package fr.cmacademy.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmacademy.ServerTest;
import fr.cmacademy.TestHttp;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP: a deactivated user cannot sign in and their open session stops working
 * at the next request; a removed role stops working at once; reactivation lets them back
 * in.
 */
@ServerTest
class UserAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	UserAdministration admin;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void a_deactivated_user_cannot_sign_in_until_reactivated() throws Exception {
		TestUser learner = users.create("deactivated", Locale.FRENCH, Roles.LEARNER);
		asAdmin(() -> admin.deactivate(learner.id()));
		assertThat(login(TestHttp.client(), learner.username(), TestUsers.PASSWORD)).isEqualTo("/login?error");

		asAdmin(() -> admin.reactivate(learner.id()));
		assertThat(login(TestHttp.client(), learner.username(), TestUsers.PASSWORD)).isEqualTo("/");
	}

	@Test
	void an_open_session_stops_working_at_the_next_request_after_deactivation() throws Exception {
		TestUser other = users.create("other-admin", Locale.FRENCH, Roles.ADMIN);
		HttpClient session = TestHttp.client();
		assertThat(login(session, other.username(), TestUsers.PASSWORD)).isEqualTo("/");
		assertThat(status(session, "/actuator/metrics")).isEqualTo(200);

		asAdmin(() -> admin.deactivate(other.id()));
		assertThat(status(session, "/actuator/metrics")).isNotEqualTo(200);
		// Signed out for good: the session is gone, not just this request.
		assertThat(status(session, "/actuator/metrics")).isNotEqualTo(200);
	}

	@Test
	void a_removed_role_stops_working_at_once() throws Exception {
		TestUser other = users.create("demoted", Locale.FRENCH, Roles.ADMIN);
		HttpClient session = TestHttp.client();
		login(session, other.username(), TestUsers.PASSWORD);
		assertThat(status(session, "/actuator/metrics")).isEqualTo(200);

		asAdmin(() -> admin.update(other.id(), other.displayName(), null, Set.of(Roles.TRAINER)));
		assertThat(status(session, "/actuator/metrics")).isEqualTo(403);
	}

	private void asAdmin(Runnable action) {
		users.signIn(users.create("acting-admin", Locale.FRENCH, Roles.ADMIN));
		try {
			action.run();
		}
		finally {
			TestUsers.signOut();
		}
	}

	private int status(HttpClient client, String path) throws Exception {
		return client.send(new TestHttp(port).get(path), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String login(HttpClient client, String username, String password) throws Exception {
		HttpResponse<Void> response = new TestHttp(port).login(client, username, password);
		assertThat(response.statusCode()).isEqualTo(302);
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
	}

}
