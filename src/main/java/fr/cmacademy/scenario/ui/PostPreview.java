package fr.cmacademy.scenario.ui;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import fr.cmacademy.simulation.model.Brand;
import fr.cmacademy.simulation.model.Platform;

/**
 * A live preview of a post as the platform would show it (LinkedIn, Instagram, X, or a
 * plain card for the others): the brand's avatar, name and handle, the text with
 * hashtags, mentions and links highlighted, the picture with the learner's alt text, and
 * a character counter that turns red over the limit. The learner's text is split into
 * text spans, never parsed as HTML.
 */
final class PostPreview {

	private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}_&])#[\\p{L}\\p{N}_]+"
			+ "|(?<![\\p{L}\\p{N}_@])@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]" + "|https?://\\S+[^\\s.,;:!?)]"
			+ "|(?<![\\p{L}\\p{N}_@./])[a-z0-9-]+\\.(?:fr|com|org|net|eu|io)(?:/\\S*[^\\s.,;:!?)])?(?![\\p{L}\\p{N}_])");

	private final Component owner;

	private final int limit;

	private final Div card = new Div();

	private final Div body = new Div();

	private final Span counter = new Span();

	private final @Nullable Image image;

	PostPreview(Component owner, Brand brand, Platform platform, int limit, @Nullable String imageUrl) {
		this.owner = owner;
		this.limit = limit;
		String key = platform.name().toLowerCase(Locale.ROOT);
		card.addClassNames("post-preview", "post-preview--" + key);
		card.getElement().setAttribute("role", "group");
		card.getElement()
			.setAttribute("aria-label", owner.getTranslation("scenario.writing.preview-of",
					owner.getTranslation("scenario.panel.platform." + key)));
		Avatar avatar = new Avatar(brand.name());
		avatar.setColorIndex(2);
		Span name = new Span(platform == Platform.INSTAGRAM ? brand.handle().replaceFirst("^@", "") : brand.name());
		name.addClassName("post-preview__name");
		Span sub = new Span(switch (platform) {
			case X -> brand.handle() + " · " + owner.getTranslation("scenario.writing.preview.now");
			case LINKEDIN -> owner.getTranslation("scenario.writing.preview.linkedin-sub");
			case INSTAGRAM -> owner.getTranslation("scenario.writing.preview.instagram-sub");
			default -> brand.handle();
		});
		sub.addClassName("post-preview__sub");
		Span network = new Span(owner.getTranslation("scenario.panel.platform." + key));
		network.addClassName("post-preview__network");
		Div who = new Div(name, sub);
		who.addClassName("post-preview__who");
		Div header = new Div(avatar, who, network);
		header.addClassName("post-preview__header");
		body.addClassName("post-preview__text");
		counter.addClassName("post-preview__counter");
		counter.getElement().setAttribute("aria-live", "polite");
		if (imageUrl != null) {
			image = new Image(imageUrl, "");
			image.addClassName("post-preview__image");
		}
		else {
			image = null;
		}
		Div bar = new Div(reactions(platform));
		bar.addClassName("post-preview__bar");
		bar.add(counter);
		card.add(header);
		if (platform == Platform.INSTAGRAM && image != null) {
			card.add(image, bar, body);
		}
		else {
			card.add(body);
			if (image != null) {
				card.add(image);
			}
			card.add(bar);
		}
	}

	private Span reactions(Platform platform) {
		Span icons = new Span(switch (platform) {
			case INSTAGRAM -> "♡  💬  ➤";
			case X -> "💬  ⟲  ♡  ↗";
			default -> "👍  💬  ⟲  ➤";
		});
		icons.addClassName("post-preview__reactions");
		icons.getElement().setAttribute("aria-hidden", "true");
		return icons;
	}

	Component component() {
		return card;
	}

	/** Redraws the preview for the text and alt text being typed. */
	void show(String text, String altText, int length) {
		body.removeAll();
		if (text.isBlank()) {
			Span empty = new Span(owner.getTranslation("scenario.writing.preview.empty"));
			empty.addClassName("post-preview__placeholder");
			body.add(empty);
		}
		else {
			highlight(body, text);
		}
		if (image != null) {
			image.setAlt(altText.strip());
		}
		counter.setText(owner.getTranslation("scenario.writing.counter", length, limit));
		counter.setClassName("post-preview__counter--over", length > limit);
	}

	/** Adds the text as spans, hashtags, mentions and links in their own spans. */
	static void highlight(Div target, String text) {
		Matcher matcher = TOKEN.matcher(text);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				target.add(new Span(text.substring(at, matcher.start())));
			}
			String token = matcher.group();
			Span span = new Span(token);
			span.addClassName(token.startsWith("#") ? "post-preview__hashtag"
					: token.startsWith("@") ? "post-preview__mention" : "post-preview__link");
			target.add(span);
			at = matcher.end();
		}
		if (at < text.length()) {
			target.add(new Span(text.substring(at)));
		}
	}

}
