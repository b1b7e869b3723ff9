package fr.cmacademy.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.privacy.PrivacyFixture.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner with a lot of data (2 000 quiz attempts, 20 000 typed answers of 2 KB: about
 * 40 MB of text) exports it: the zip is written as rows are read. Prints the figures
 * (time, size, heap); asserts that every answer is in data.json.
 */
@IntegrationTest
class ExportVolumeIT {

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MyDataService myData;

	private long userId;

	@AfterEach
	void cleanUp() {
		TestUsers.signOut();
		jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", userId).update();
	}

	@Test
	void a_learner_with_forty_megabytes_of_answers_exports_them_all() throws IOException {
		Person person = new PrivacyFixture(users, jdbc).learner(Locale.ENGLISH);
		userId = person.user().id();
		String quiz = jdbc.sql("SELECT id FROM content_item WHERE kind = 'QUIZ' ORDER BY id LIMIT 1")
			.query(String.class)
			.single();
		var question = jdbc
			.sql("SELECT question_id, version FROM content_question_version ORDER BY question_id LIMIT 1")
			.query()
			.singleRow();
		jdbc.sql(
				"""
						INSERT INTO quiz_attempt (user_id, quiz_id, quiz_version, attempt_no, state, seed, started_at, submitted_at,
						  marks, max_marks, percent, passed)
						SELECT :u, :quiz, 1, seq, 'SUBMITTED', seq, NOW(6), NOW(6), 5, 10, 50, FALSE FROM seq_1_to_2000""")
			.param("u", userId)
			.param("quiz", quiz)
			.update();
		jdbc.sql(
				"""
						INSERT INTO quiz_attempt_slot (attempt_id, slot, question_id, question_version, max_marks, display_order,
						  response, revision, saved_at)
						SELECT a.id, s.seq, :q, :v, 1, '0', CONCAT('t:', :token, ' ', REPEAT('réponse ', 250)), 1, NOW(6)
						FROM quiz_attempt a JOIN seq_1_to_10 s WHERE a.user_id = :u""")
			.param("q", question.get("question_id"))
			.param("v", question.get("version"))
			.param("token", person.token())
			.param("u", userId)
			.update();

		users.signIn(person.user());
		MemoryPoolMXBean[] heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toArray(MemoryPoolMXBean[]::new);
		System.gc();
		long before = used(heap);
		for (MemoryPoolMXBean pool : heap) {
			pool.resetPeakUsage();
		}
		Path file = Files.createTempFile("privacy-export", ".zip");
		long start = System.nanoTime();
		try (OutputStream out = Files.newOutputStream(file)) {
			myData.export(out);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = 0;
		for (MemoryPoolMXBean pool : heap) {
			peak += pool.getPeakUsage().getUsed();
		}
		System.out.printf(Locale.ROOT,
				"[privacy export] 2000 attempts, 20000 answers (%d MB of text): zip %d KB in %d ms; heap %d MB before, "
						+ "peak %d MB during (sum of pool peaks)%n",
				20_000L * 2_010 / 1_000_000, Files.size(file) / 1024, millis, before / 1_048_576, peak / 1_048_576);
		long answers = 0;
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			assertThat(zip.getNextEntry().getName()).isEqualTo("data.json");
			BufferedReader lines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.contains("t:" + person.token())) {
					answers++;
				}
			}
		}
		finally {
			Files.delete(file);
		}
		assertThat(answers).isEqualTo(20_000);
	}

	private static long used(MemoryPoolMXBean[] pools) {
		long used = 0;
		for (MemoryPoolMXBean pool : pools) {
			used += pool.getUsage().getUsed();
		}
		return used;
	}

}
