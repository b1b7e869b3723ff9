package fr.cmacademy.scenario.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fr.cmacademy.simulation.checks.CheckResult;

/**
 * The results of the checks on a learner's text, each passed or failed with what was
 * found and where, in the page's language (the engine words them in both).
 */
public final class CheckList {

	private CheckList() {
	}

	public static UnorderedList of(Component owner, List<CheckResult> results) {
		UnorderedList list = new UnorderedList();
		list.addClassName("check-list");
		fill(owner, list, results);
		return list;
	}

	static void fill(Component owner, UnorderedList list, List<CheckResult> results) {
		list.removeAll();
		for (CheckResult result : results) {
			Span mark = new Span(result.passed() ? "✓" : "✗");
			mark.addClassName("check-list__mark");
			mark.getElement().setAttribute("aria-hidden", "true");
			Span state = new Span(
					owner.getTranslation(result.passed() ? "scenario.check.passed" : "scenario.check.failed"));
			state.addClassName("sr-only");
			Span message = new Span(result.message().in(SimText.locale(owner)));
			ListItem item = new ListItem(mark, state, message);
			item.addClassNames("check-list__item",
					result.passed() ? "check-list__item--passed" : "check-list__item--failed");
			list.add(item);
		}
	}

}
