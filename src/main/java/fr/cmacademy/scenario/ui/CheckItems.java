package fr.cmacademy.scenario.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fr.cmacademy.simulation.checks.CheckResult;
import fr.cmacademy.simulation.checks.Finding;

/**
 * The instant checks of a learner's text as a list: passed or to fix, the engine's
 * message in the page language, and the excerpts it found (shown as text, never HTML).
 */
final class CheckItems {

	private final Component owner;

	private final UnorderedList list = new UnorderedList();

	CheckItems(Component owner) {
		this.owner = owner;
		list.addClassName("check-items");
	}

	Component component() {
		return list;
	}

	void show(List<CheckResult> results) {
		list.removeAll();
		Locale locale = PanelLocale.of(owner);
		for (CheckResult result : results) {
			Span icon = new Span(result.passed() ? "✓" : "✗");
			icon.addClassName("check-items__icon");
			icon.getElement().setAttribute("aria-hidden", "true");
			Span state = new Span(owner
				.getTranslation(result.passed() ? "scenario.panel.checks.passed" : "scenario.panel.checks.failed"));
			state.addClassName("sr-only");
			Span message = new Span(result.message().in(locale));
			message.addClassName("check-items__message");
			ListItem item = new ListItem(icon, state, message);
			item.addClassNames("check-items__item",
					result.passed() ? "check-items__item--pass" : "check-items__item--fail");
			item.getElement().setAttribute("data-check", result.checkId());
			if (!result.findings().isEmpty()) {
				String found = result.findings()
					.stream()
					.map(Finding::excerpt)
					.distinct()
					.limit(8)
					.collect(Collectors.joining(" · "));
				Span findings = new Span(owner.getTranslation("scenario.panel.checks.found", found));
				findings.addClassName("check-items__found");
				item.add(findings);
			}
			list.add(item);
		}
	}

	static long failed(List<CheckResult> results) {
		return results.stream().filter(r -> !r.passed()).count();
	}

}
