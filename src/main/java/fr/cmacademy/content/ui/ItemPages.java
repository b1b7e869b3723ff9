package fr.cmacademy.content.ui;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.content.ContentCatalog;

/**
 * What every page of a module item (lesson, quiz, scenario, assignment) does when it
 * opens: an unknown item is "not found", and a learner not enrolled in its programme is
 * sent to the module page, which explains and offers to enrol.
 */
public final class ItemPages {

	private ItemPages() {
	}

	/**
	 * Loads the item's page model, or forwards: empty when the event was forwarded.
	 * @throws NotFoundException when the loader says the item does not exist
	 */
	public static <T> Optional<T> open(BeforeEnterEvent event, ContentCatalog content, String itemId,
			Supplier<T> loader) {
		try {
			return Optional.of(loader.get());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
		catch (AccessDeniedException ex) {
			event.forwardTo(content.moduleOfItem(itemId).map(m -> "modules/" + m.id()).orElse("catalog"));
			return Optional.empty();
		}
	}

	/** The link back to the item's module (or another parent page). */
	public static Anchor backLink(String href, String text) {
		Anchor back = new Anchor(href, text);
		back.getElement().setAttribute("router-link", true);
		back.addClassName("back-link");
		return back;
	}

}
