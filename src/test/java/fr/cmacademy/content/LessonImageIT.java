package fr.cmacademy.content;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.cmacademy.ServerTest;
import fr.cmacademy.TestHttp;
import fr.cmacademy.TestUsers;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lesson image travels from the lesson's assets/ folder to a signed-in reader,
 * sandboxed; visitors get none.
 */
@ServerTest
class LessonImageIT {

	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	ContentSyncService sync;

	@Autowired
	TestUsers users;

	private TestHttp http;

	@org.junit.jupiter.api.BeforeEach
	void http() {
		http = new TestHttp(port);
	}

	@AfterEach
	void restoreShippedContent() {
		assertThat(sync.sync(Path.of("content")).applied()).isTrue();
	}

	@Test
	void a_lesson_image_is_served_to_signed_in_users_only() throws Exception {
		TestContent files = new TestContent();
		files.writeLesson("01-first", files.firstLessonId, "Première leçon", "First lesson",
				"![Un point bleu](assets/dot.png)", "![A blue dot](assets/dot.png)");
		Path image = files.moduleFolder().resolve("lessons/01-first/assets/dot.png");
		Files.createDirectories(image.getParent());
		Files.write(image, PNG);
		assertThat(sync.sync(files.root).applied()).isTrue();
		String path = "/content-assets/" + files.firstLessonId + "/dot.png";

		HttpResponse<byte[]> anonymous = TestHttp.client()
			.send(http.get(path), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(anonymous.statusCode()).isNotEqualTo(200);

		HttpClient reader = TestHttp.client();
		var learner = users.create("viewer", Locale.ENGLISH, Roles.LEARNER);
		http.login(reader, learner.username(), TestUsers.PASSWORD);
		HttpResponse<byte[]> served = reader.send(http.get(path), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).isEqualTo(PNG);
		assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(served.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox");
		assertThat(reader
			.send(http.get("/content-assets/" + files.firstLessonId + "/missing.png"),
					HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(404);
	}

}
