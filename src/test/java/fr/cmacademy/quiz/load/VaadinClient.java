package fr.cmacademy.quiz.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One browser tab speaking Vaadin's protocol over plain HTTP: the login form, the init
 * request of a route, then UIDL posts. Each client keeps its own cookies (its own HTTP
 * session), like a learner's browser.
 */
public final class VaadinClient {

	private final String base;

	private final HttpClient http;

	private Uidl ui;

	public VaadinClient(int port) {
		this.base = "http://127.0.0.1:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Posts the login form; true if the server accepted it. */
	public boolean login(String username, String password) throws IOException, InterruptedException {
		http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return response.statusCode() == 302 && !response.headers().firstValue("Location").orElse("").contains("error");
	}

	/** Opens a route in a new UI (what loading the page does) and navigates to it. */
	public Uidl open(String route) throws IOException, InterruptedException {
		HttpResponse<String> init = http.send(HttpRequest
			.newBuilder(URI
				.create(base + "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="))
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (init.statusCode() != 200) {
			throw new IOException("init " + route + ": HTTP " + init.statusCode());
		}
		ui = Uidl.init(init.body());
		send(ui.navigate(route));
		return ui;
	}

	/** Posts one UIDL request and applies the answer; returns the answer's text. */
	public String send(String request) throws IOException, InterruptedException {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.uiId()))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(request))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("UIDL: HTTP " + response.statusCode());
		}
		String body = response.body();
		if (body.contains("\"meta\":{\"sessionExpired\"") || body.contains("\"appError\"")) {
			throw new IOException("UIDL: " + body.substring(0, Math.min(300, body.length())));
		}
		ui.apply(body);
		return body;
	}

	/** Clicks the button with this text. */
	public String click(String text) throws IOException, InterruptedException {
		int node = ui.button(text).orElseThrow(() -> new IllegalStateException("no button " + text));
		return send(ui.click(node));
	}

	public Uidl ui() {
		return ui;
	}

}
