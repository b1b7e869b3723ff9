package fr.cmacademy.question;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Turns {@link FormattedText} into HTML that is safe to put in a page. Questions come
 * from files anyone with repository access can edit (and from Moodle exports), so
 * everything that can carry HTML goes through one allow-list, Markdown included, whose
 * raw HTML CommonMark passes through.
 */
final class Html {

	// Same spirit as the lesson renderer: no images (no tracking pixels), safe link
	// protocols only, and links that cannot reach back into the opener.
	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
		.removeProtocols("a", "href", "ftp");

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private Html() {
	}

	static String render(FormattedText text) {
		String source = text.source();
		return switch (text.format()) {
			case MARKDOWN -> clean(RENDERER.render(MARKDOWN.parse(source)).strip());
			case HTML -> clean(source);
			case MOODLE, PLAIN -> escapeWithBreaks(source);
		};
	}

	/** Text content of HTML, for names derived from question text. */
	static String text(String html) {
		return Jsoup.parseBodyFragment(html).text();
	}

	private static String clean(String html) {
		return Jsoup.clean(html, "", SAFELIST, OUTPUT);
	}

	private static String escapeWithBreaks(String source) {
		return Entities.escape(source).replace("\r\n", "\n").replace("\n", "<br>");
	}

}
