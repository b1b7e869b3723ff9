package fr.cmacademy.content;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LessonRendererTest {

	private final LessonRenderer renderer = new LessonRenderer();

	@Test
	void renders_headings_lists_and_tables() {
		String html = renderer.render("lesson-id",
				"## Titre\n\n- un\n- deux\n\n| À faire | À éviter |\n|---|---|\n| a | b |\n", Locale.FRENCH);
		assertThat(html).startsWith("<div class=\"lesson-body\">")
			.contains("<h2>Titre</h2>")
			.contains("<li>un</li>")
			.contains("<table class=\"lesson-table\">")
			.contains("<th>À faire</th>");
	}

	@Test
	void callouts_become_labelled_asides_in_the_reader_language() {
		String fr = renderer.render("lesson-id", "> [!TIP]\n> Répondez vite.", Locale.FRENCH);
		assertThat(fr).contains("<aside class=\"callout callout--tip\" role=\"note\" aria-label=\"Astuce\">")
			.contains("<p class=\"callout__title\">Astuce</p>")
			.contains("Répondez vite.")
			.doesNotContain("[!TIP]");
		assertThat(renderer.render("lesson-id", "> [!WARNING]\n> Careful.", Locale.ENGLISH)).contains(">Warning</p>");
	}

	@Test
	void a_plain_quote_stays_a_quote() {
		assertThat(renderer.render("lesson-id", "> Une citation.", Locale.FRENCH)).contains("<blockquote>");
	}

	@Test
	void html_and_scripts_in_markdown_are_inert() {
		String html = renderer.render("lesson-id", """
				<script>alert('x')</script>

				<img src=x onerror=alert(1)>

				[click](javascript:alert(1))

				<a href="https://example.org" onclick="steal()">link</a>
				""", Locale.ENGLISH);
		var body = org.jsoup.Jsoup.parseBodyFragment(html).body();
		assertThat(body.select("script, img, iframe, style")).isEmpty();
		assertThat(body.select("*")).allSatisfy(element -> assertThat(element.attributes().asList())
			.noneMatch(attribute -> attribute.getKey().startsWith("on")));
		assertThat(body.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotContain("javascript"));
		assertThat(body.text()).contains("<script>alert('x')</script>");
	}

	@Test
	void external_images_are_dropped_and_relative_ones_kept() {
		assertThat(renderer.render("lesson-id", "![alt](https://tracker.example/pixel.png)", Locale.ENGLISH))
			.doesNotContain("<img");
		assertThat(renderer.render("lesson-id", "![Un calendrier](assets/cal.png)", Locale.FRENCH))
			.contains("<img src=\"content-assets/lesson-id/cal.png\" alt=\"Un calendrier\">");
	}

}
