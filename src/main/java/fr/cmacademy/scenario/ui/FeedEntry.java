package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.LessonRenderer;
import fr.cmacademy.simulation.RunParts.FeedItem;
import fr.cmacademy.simulation.RunParts.Mark;
import fr.cmacademy.simulation.model.EventType;
import fr.cmacademy.simulation.model.Persona;
import fr.cmacademy.simulation.model.Scenario;

/**
 * One item of a simulated thread as a social platform shows it (avatar, name, handle, how
 * long ago, the text, the brand's marks) with its replies under it. Texts are always set
 * as text: the learner's own replies are among them.
 */
final class FeedEntry {

	/** Deeper replies are shown at this depth, as platforms do. */
	private static final int MAX_DEPTH = 2;

	private final Component owner;

	private final Scenario scenario;

	private final int now;

	private final Map<String, List<FeedItem>> replies;

	private final Set<String> fresh;

	private final String focus;

	/**
	 * @param fresh items that appeared since the page last showed the thread
	 * @param focus the item the active decision is about, or ""
	 */
	FeedEntry(Component owner, Scenario scenario, int now, Map<String, List<FeedItem>> replies, Set<String> fresh,
			String focus) {
		this.owner = owner;
		this.scenario = scenario;
		this.now = now;
		this.replies = replies;
		this.fresh = fresh;
		this.focus = focus;
	}

	Component render(FeedItem item, int depth) {
		Locale locale = SimText.locale(owner);
		Article article = new Article();
		article.addClassName("feed-item");
		if (Persona.BRAND.equals(item.persona())) {
			article.addClassName("feed-item--brand");
		}
		if (item.type() == EventType.DM || item.type() == EventType.MENTION) {
			article.addClassName("feed-item--" + SimText.key(item.type().name()));
		}
		if (fresh.contains(item.id())) {
			article.addClassName("feed-item--new");
		}
		if (item.id().equals(focus)) {
			article.addClassName("feed-item--focus");
		}
		item.marks().forEach(mark -> article.addClassName("feed-item--" + SimText.key(mark.name())));

		Span name = new Span(SimText.name(scenario, item.persona()));
		name.addClassName("feed-item__name");
		Span handle = new Span(SimText.handle(scenario, item.persona()));
		handle.addClassName("feed-item__handle");
		Span time = new Span(SimText.ago(owner, item.at(), now));
		time.addClassName("feed-item__time");
		time.getElement().setAttribute("title", SimText.clock(item.at()));
		Div header = new Div(name, handle, time);
		header.addClassName("feed-item__header");
		String kind = kind(item);
		if (kind != null) {
			Span type = new Span(kind);
			type.addClassNames("feed-item__type", "feed-item__type--" + SimText.key(item.type().name()));
			header.add(type);
		}
		if (item.decision() != null) {
			Span yours = new Span(
					owner.getTranslation(item.learnerText() ? "scenario.feed.your-words" : "scenario.feed.your-reply"));
			yours.addClassName("feed-item__yours");
			header.add(yours);
		}

		Paragraph text = new Paragraph(item.text().in(locale));
		text.addClassName("feed-item__text");
		Div body = new Div(header, text);
		body.addClassName("feed-item__body");
		if (item.image() != null) {
			Image image = new Image(LessonRenderer.ASSET_PATH + scenario.id() + "/" + item.image().file(),
					item.image().alt() == null ? "" : item.image().alt().in(locale));
			image.addClassName("feed-item__image");
			body.add(image);
		}
		if (!item.marks().isEmpty()) {
			Div marks = new Div();
			marks.addClassName("feed-item__marks");
			for (Mark mark : item.marks()) {
				Span badge = new Span(owner.getTranslation("scenario.mark." + SimText.key(mark.name())));
				badge.addClassNames("feed-mark", "feed-mark--" + SimText.key(mark.name()));
				marks.add(badge);
			}
			body.add(marks);
		}
		Div row = new Div(Avatars.of(scenario, item.persona(), depth > 0), body);
		row.addClassName("feed-item__row");
		article.add(row);

		List<FeedItem> children = replies.getOrDefault(item.id(), List.of());
		if (!children.isEmpty()) {
			Div thread = new Div();
			thread.addClassName(depth < MAX_DEPTH ? "feed-item__replies" : "feed-item__replies--flat");
			children.forEach(child -> thread.add(render(child, Math.min(depth + 1, MAX_DEPTH))));
			article.add(thread);
		}
		return article;
	}

	private @Nullable String kind(FeedItem item) {
		return switch (item.type()) {
			case DM -> owner.getTranslation("scenario.feed.type.dm");
			case MENTION -> owner.getTranslation("scenario.feed.type.mention");
			case REPORT -> owner.getTranslation("scenario.feed.type.report");
			case POST -> Persona.BRAND.equals(item.persona()) && item.decision() != null
					? owner.getTranslation("scenario.feed.type.statement") : null;
			default -> null;
		};
	}

}
