package fr.cmacademy.scenario.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import fr.cmacademy.simulation.Debrief;
import fr.cmacademy.simulation.Debrief.ItemReview;
import fr.cmacademy.simulation.Debrief.ModerationCounts;
import fr.cmacademy.simulation.Debrief.QuestionReview;
import fr.cmacademy.simulation.Debrief.TargetReview;
import fr.cmacademy.simulation.model.ModerationItem.Category;
import fr.cmacademy.simulation.model.Scenario;

/**
 * The debrief of the desk kinds (moderation, analytics, writing), shown generically: the
 * balance per moderation category, each item, question or target with what was expected
 * and why.
 */
final class DebriefDetails {

	private DebriefDetails() {
	}

	static List<Component> of(Component owner, Scenario scenario, Debrief debrief) {
		List<Component> parts = new ArrayList<>();
		if (!debrief.moderation().isEmpty()) {
			parts.add(balance(owner, debrief.moderation()));
		}
		if (!debrief.items().isEmpty()) {
			Div box = panel(owner, "scenario.details.items");
			for (ItemReview item : debrief.items()) {
				String chosen = item.chosen() == null ? owner.getTranslation("scenario.details.none")
						: SimText.action(owner, item.chosen());
				String expected = item.expected()
					.stream()
					.map(a -> SimText.action(owner, a))
					.collect(Collectors.joining(", "));
				Div card = card(owner, item.item() + " · " + category(owner, item.category()),
						owner.getTranslation("scenario.details.item-verdict." + SimText.key(item.verdict().name())),
						item.points(), item.maxPoints());
				card.add(line(owner, "scenario.details.chosen", chosen),
						line(owner, "scenario.details.expected", expected),
						new Paragraph(item.explanation().in(SimText.locale(owner))));
				box.add(card);
			}
			parts.add(box);
		}
		if (!debrief.questions().isEmpty()) {
			Div box = panel(owner, "scenario.details.questions");
			for (QuestionReview question : debrief.questions()) {
				String prompt = scenario.analytics()
					.question(question.question())
					.map(q -> q.prompt().in(SimText.locale(owner)))
					.orElse(question.question());
				Div card = card(owner, prompt,
						owner.getTranslation(question.review() ? "scenario.details.to-review"
								: question.correct() ? "scenario.details.correct" : "scenario.details.incorrect"),
						question.points(), question.maxPoints());
				card.add(line(owner, "scenario.details.answer",
						question.answer() == null ? owner.getTranslation("scenario.details.none") : question.answer()));
				if (!question.review()) {
					card.add(line(owner, "scenario.details.expected", question.expected()));
				}
				if (!question.checks().isEmpty()) {
					card.add(CheckList.of(owner, question.checks()));
				}
				if (question.explanation() != null) {
					card.add(new Paragraph(question.explanation().in(SimText.locale(owner))));
				}
				box.add(card);
			}
			parts.add(box);
		}
		if (!debrief.targets().isEmpty()) {
			Div box = panel(owner, "scenario.details.targets");
			for (TargetReview target : debrief.targets()) {
				Div card = new Div(new H3(
						target.target() + " · " + owner.getTranslation("scenario.details.version", target.version())));
				card.addClassName("review-card");
				Paragraph text = new Paragraph(
						target.text() == null ? owner.getTranslation("scenario.details.none") : target.text());
				text.addClassName("review-card__quote");
				card.add(text, CheckList.of(owner, target.checks()));
				box.add(card);
			}
			parts.add(box);
		}
		return parts;
	}

	private static Div balance(Component owner, Map<Category, ModerationCounts> counts) {
		Div box = panel(owner, "scenario.details.balance");
		Element table = new Element("table");
		table.getClassList().add("data-table");
		Element head = new Element("tr");
		for (String key : List.of("category", "items", "best", "acceptable", "over", "under", "wrong", "missed")) {
			Element th = new Element("th");
			th.setAttribute("scope", "col");
			th.setText(owner.getTranslation("scenario.details.col." + key));
			head.appendChild(th);
		}
		table.appendChild(head);
		counts.forEach((category, c) -> {
			Element row = new Element("tr");
			Element th = new Element("th");
			th.setAttribute("scope", "row");
			th.setText(category(owner, category));
			row.appendChild(th);
			for (int value : new int[] { c.items(), c.best(), c.acceptable(), c.over(), c.under(), c.wrong(),
					c.missed() }) {
				Element td = new Element("td");
				td.setText(String.valueOf(value));
				row.appendChild(td);
			}
			table.appendChild(row);
		});
		box.getElement().appendChild(table);
		return box;
	}

	private static String category(Component owner, Category category) {
		return owner.getTranslation("scenario.category." + SimText.key(category.name()));
	}

	private static Div panel(Component owner, String key) {
		Div box = new Div(new H2(owner.getTranslation(key)));
		box.addClassName("panel");
		return box;
	}

	private static Div card(Component owner, String title, String verdict, int points, int max) {
		Span badge = new Span(verdict + " · " + owner.getTranslation("scenario.debrief.decision-points", points, max));
		badge.addClassNames("status-badge", points >= max ? "status-badge--done" : "status-badge--partial");
		Div head = new Div(new H3(title), badge);
		head.addClassName("review-card__head");
		Div card = new Div(head);
		card.addClassName("review-card");
		return card;
	}

	private static Paragraph line(Component owner, String key, String value) {
		Span label = new Span(owner.getTranslation(key) + " ");
		label.addClassName("review-card__label");
		return new Paragraph(label, new Span(value));
	}

}
