package fr.cmacademy.content;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate-content
 *
<dir>
 * }: exit codes and output, with no Spring context and no database.
 */
class ContentCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ContentCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void the_shipped_content_is_valid_and_exits_0() {
		assertThat(run("validate-content", "content")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("content: valid (1 programme(s)");
	}

	@Test
	void a_broken_folder_prints_one_line_per_problem_and_exits_1() {
		TestContent files = new TestContent();
		TestContent.write(files.lessonFile("01-first", "en"), "---\nid: x-y-z\ntitle: First\n---\n# Big\n");
		assertThat(run("validate-content", files.root.toString())).isEqualTo(1);
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed.lines()).hasSize(2);
		assertThat(printed).contains("lessons/01-first/lesson.en.md:2: id 'x-y-z' differs from the French file's id")
			.contains("lessons/01-first/lesson.en.md:5: use ## for sections");
	}

	@Test
	void a_missing_folder_or_argument_exits_2() {
		assertThat(run("validate-content")).isEqualTo(2);
		assertThat(run("validate-content", "no/such/folder")).isEqualTo(2);
	}

}
