package fr.cmacademy.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

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
 * The security filter chain over real HTTP: the login form, throttling, and the actuator
 * endpoints.
 */
@ServerTest
class SecurityIT {

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Test
	void correct_password_signs_in() throws Exception {
		TestUser learner = users.create("learner", Locale.FRENCH, Roles.LEARNER);
		assertThat(login(client(), learner.username(), TestUsers.PASSWORD)).isEqualTo("/");
	}

	@Test
	void the_email_address_works_as_login_too() throws Exception {
		TestUser learner = users.create("mail", Locale.FRENCH, Roles.LEARNER);
		assertThat(login(client(), learner.username() + "@example.test", TestUsers.PASSWORD)).isEqualTo("/");
	}

	@Test
	void unknown_user_and_wrong_password_get_the_same_answer() throws Exception {
		TestUser learner = users.create("same", Locale.FRENCH, Roles.LEARNER);
		String wrongPassword = login(client(), learner.username(), "not the password");
		String unknownUser = login(client(), "nobody-" + learner.username(), "not the password");
		assertThat(wrongPassword).isEqualTo("/login?error").isEqualTo(unknownUser);
	}

	@Test
	void ten_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
		TestUser victim = users.create("victim", Locale.FRENCH, Roles.LEARNER);
		for (int i = 0; i < 10; i++) {
			assertThat(login(client(), victim.username(), "guess-" + i)).isEqualTo("/login?error");
		}
		assertThat(login(client(), victim.username(), TestUsers.PASSWORD)).isEqualTo("/login?error");

		TestUser bystander = users.create("bystander", Locale.FRENCH, Roles.LEARNER);
		assertThat(login(client(), bystander.username(), TestUsers.PASSWORD)).as("other accounts still work")
			.isEqualTo("/");
	}

	@Test
	void health_is_public() throws Exception {
		HttpResponse<String> response = client().send(get("/actuator/health"), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void other_actuator_endpoints_are_for_admins_only() throws Exception {
		HttpResponse<String> anonymous = client().send(get("/actuator/metrics"), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isNotEqualTo(200);

		HttpClient learnerClient = client();
		TestUser learner = users.create("nosy", Locale.FRENCH, Roles.LEARNER);
		login(learnerClient, learner.username(), TestUsers.PASSWORD);
		assertThat(learnerClient.send(get("/actuator/metrics"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(403);

		HttpClient adminClient = client();
		TestUser admin = users.create("admin", Locale.FRENCH, Roles.ADMIN);
		login(adminClient, admin.username(), TestUsers.PASSWORD);
		HttpResponse<String> metrics = adminClient.send(get("/actuator/metrics"), HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("names");
	}

	@Test
	void static_theme_files_are_served_without_login() throws Exception {
		HttpResponse<String> css = client().send(get("/styles/app.css"), HttpResponse.BodyHandlers.ofString());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).contains("--cm-brand");
		assertThat(client().send(get("/images/logo.svg"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
	}

	/** Posts the login form and returns where the server redirects (path and query). */
	private String login(HttpClient client, String username, String password) throws Exception {
		HttpResponse<Void> response = new TestHttp(port).login(client, username, password);
		assertThat(response.statusCode()).as("login answers with a redirect").isEqualTo(302);
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
	}

	private HttpRequest get(String path) {
		return new TestHttp(port).get(path);
	}

	private static HttpClient client() {
		return TestHttp.client();
	}

}
