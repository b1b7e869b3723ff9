package fr.cmacademy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Plain HTTP against the running application: a cookie-keeping client per user and the
 * login form post.
 */
public final class TestHttp {

	private final int port;

	public TestHttp(int port) {
		this.port = port;
	}

	/** A client with its own cookies (its own session) that does not follow redirects. */
	public static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Posts the login form as a browser would and returns the server's answer (a
	 * redirect).
	 */
	public HttpResponse<Void> login(HttpClient client, String username, String password) throws Exception {
		client.send(get("/login"), HttpResponse.BodyHandlers.discarding());
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	public HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build();
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
