package fr.cmacademy.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns lesson Markdown into safe HTML: CommonMark with tables, GitHub-style callouts
 * ({@code > [!TIP]}) as labelled asides, then a jsoup allow-list, so that whatever a file
 * or an editor contains, no script, style or event handler reaches a learner's page.
 */
@Component
public class LessonRenderer {

	/** Where lesson images are served (relative to the application's base URL). */
	public static final String ASSET_PATH = "content-assets/";

	private static final Pattern CALLOUT = Pattern.compile("^\\[!([A-Za-z]+)\\]\\s*");

	private static final Map<String, List<String>> LABELS = Map.of("NOTE", List.of("À noter", "Note"), "TIP",
			List.of("Astuce", "Tip"), "WARNING", List.of("Attention", "Warning"), "EXAMPLE",
			List.of("Exemple", "Example"), "IMPORTANT", List.of("Important", "Important"));

	private static final Safelist SAFELIST = Safelist.relaxed()
		.addTags("aside")
		.addAttributes("aside", "class", "role", "aria-label")
		.addAttributes("p", "class")
		.addAttributes("table", "class")
		.addProtocols("a", "href", "https", "mailto")
		.preserveRelativeLinks(true);

	private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(List.of(TablesExtension.create()))
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	/**
	 * Safe HTML for a lesson body, wrapped in one {@code <div class="lesson-body">};
	 * images point at the item's stored assets.
	 */
	public String render(String itemId, String markdown, Locale locale) {
		String html = renderer.render(parser.parse(markdown));
		Document doc = Jsoup.parseBodyFragment(html, "https://lesson.invalid/");
		for (Element quote : doc.select("blockquote")) {
			Element first = quote.children().first();
			if (first == null || !first.tagName().equals("p")) {
				continue;
			}
			Matcher m = CALLOUT.matcher(first.html());
			String type = m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
			if (type == null || !LABELS.containsKey(type)) {
				continue;
			}
			first.html(first.html().substring(m.end()));
			if (first.text().isBlank()) {
				first.remove();
			}
			String label = LABELS.get(type).get("fr".equals(locale.getLanguage()) ? 0 : 1);
			Element aside = new Element("aside").addClass("callout")
				.addClass("callout--" + type.toLowerCase(Locale.ROOT));
			aside.attr("role", "note").attr("aria-label", label);
			aside.appendElement("p").addClass("callout__title").text(label);
			aside.appendChildren(quote.childNodesCopy());
			quote.replaceWith(aside);
		}
		// Images come from the lesson's own assets only: no tracking pixels, no
		// hot-linking.
		doc.select("img").forEach(img -> {
			String src = img.attr("src");
			if (!src.startsWith("assets/") || src.contains("..")) {
				img.remove();
			}
			else {
				img.attr("src", ASSET_PATH + itemId + "/" + src.substring("assets/".length()));
			}
		});
		for (Element table : doc.select("table")) {
			table.addClass("lesson-table");
		}
		Document clean = new Cleaner(SAFELIST).clean(doc);
		clean.outputSettings().prettyPrint(false);
		return "<div class=\"lesson-body\">" + clean.body().html() + "</div>";
	}

}
