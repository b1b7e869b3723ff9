package fr.cmacademy.question;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormattedTextTest {

	private static final String ATTACK = """
			<p onclick="steal()">Hi <script>alert(1)</script><img src=x onerror=alert(1)>\
			<a href="javascript:alert(1)">js</a> <a href="https://example.org" onmouseover="x()">ok</a>\
			<style>body{}</style><iframe src="https://evil.example"></iframe></p>""";

	private static void assertInert(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		assertThat(body.select("script, style, img, iframe")).isEmpty();
		assertThat(body.select("*")).allSatisfy(element -> assertThat(element.attributes().asList())
			.noneMatch(attribute -> attribute.getKey().startsWith("on")));
		assertThat(body.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://"));
	}

	@Test
	void html_is_sanitised() {
		String html = FormattedText.html(ATTACK).html();
		assertInert(html);
		assertThat(html).contains("Hi").contains("<a href=\"https://example.org\"");
	}

	@Test
	void markdown_is_rendered_and_its_raw_html_sanitised() {
		assertThat(FormattedText.markdown("Who's in **Grant's tomb**?").html())
			.isEqualTo("<p>Who's in <strong>Grant's tomb</strong>?</p>");
		String html = FormattedText.markdown(ATTACK + "\n\n[x](javascript:alert(1))").html();
		assertInert(html);
	}

	@Test
	void plain_and_moodle_text_is_escaped_with_line_breaks() {
		assertThat(FormattedText.plain("a < b & <b>c</b>\nnext").html())
			.isEqualTo("a &lt; b &amp; &lt;b&gt;c&lt;/b&gt;<br>next");
		assertThat(FormattedText.moodle(ATTACK).html()).doesNotContain("<script").doesNotContain("<p");
	}

	@Test
	void empty_text_has_no_format() {
		assertThat(new FormattedText("", TextFormat.HTML)).isEqualTo(FormattedText.EMPTY);
		assertThat(FormattedText.moodle(" \n").isEmpty()).isTrue();
		assertThat(FormattedText.moodle("x").isEmpty()).isFalse();
	}

}
