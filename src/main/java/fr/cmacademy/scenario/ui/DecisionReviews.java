package fr.cmacademy.scenario.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import fr.cmacademy.simulation.Debrief;
import fr.cmacademy.simulation.Debrief.DecisionReview;
import fr.cmacademy.simulation.RunParts.Choice;
import fr.cmacademy.simulation.RunState;
import fr.cmacademy.simulation.model.Decision;
import fr.cmacademy.simulation.model.Option;
import fr.cmacademy.simulation.model.Scenario;

/**
 * A conversation's decisions in the debrief: what the learner chose and earned, the
 * expert's comment, their own text with its checks, and the better path when they missed
 * it.
 */
final class DecisionReviews {

	private DecisionReviews() {
	}

	static Div of(Component owner, Scenario scenario, RunState state, Debrief debrief) {
		Div box = new Div(new H2(owner.getTranslation("scenario.debrief.decisions")));
		box.addClassNames("panel", "decision-reviews");
		int number = 0;
		for (DecisionReview review : debrief.decisions()) {
			number++;
			box.add(card(owner, scenario, state, review, number));
		}
		if (debrief.decisions().isEmpty()) {
			box.add(new Paragraph(owner.getTranslation("scenario.debrief.no-decisions")));
		}
		return box;
	}

	private static Div card(Component owner, Scenario scenario, RunState state, DecisionReview review, int number) {
		Locale locale = SimText.locale(owner);
		Decision decision = scenario.conversation().decision(review.decision()).orElseThrow();
		Choice choice = state.choices().get(review.decision());
		String when = choice == null ? "" : " · " + SimText.clock(choice.at());
		H3 heading = new H3(owner.getTranslation("scenario.debrief.decision", number) + when);
		Span points = new Span(owner.getTranslation("scenario.debrief.decision-points", review.points(),
				Math.max(review.bestPoints(), review.points())));
		points.addClassNames("status-badge",
				review.points() >= review.bestPoints() ? "status-badge--done" : "status-badge--partial");
		Div head = new Div(heading, points);
		head.addClassName("review-card__head");
		Paragraph prompt = new Paragraph(review.prompt().in(locale));
		prompt.addClassName("review-card__prompt");
		Div card = new Div(head, prompt);
		card.addClassNames("review-card", review.missedBest() ? "review-card--missed" : "review-card--best");

		String chosen;
		if (review.chosen() == null) {
			chosen = owner.getTranslation("scenario.debrief.no-answer");
		}
		else {
			chosen = decision.option(review.chosen()).map(o -> SimText.option(owner, scenario, o)).orElse("?");
			if (review.automatic()) {
				chosen += " " + owner.getTranslation("scenario.debrief.automatic");
			}
		}
		card.add(labelled(owner, "scenario.debrief.your-choice", chosen, "review-card__choice"));
		if (review.freeText() != null) {
			Paragraph text = new Paragraph(review.freeText());
			text.addClassName("review-card__quote");
			card.add(text, CheckList.of(owner, review.checks()));
		}
		if (review.comment() != null) {
			card.add(labelled(owner, "scenario.debrief.comment", review.comment().in(locale), "review-card__comment"));
		}
		if (review.missedBest() && review.best() != null) {
			Option best = decision.option(review.best()).orElse(null);
			Div better = new Div();
			better.addClassName("review-card__better");
			String label = best == null ? review.best() : SimText.option(owner, scenario, best);
			better.add(labelled(owner, "scenario.debrief.better-path",
					label + " · " + owner.getTranslation("scenario.debrief.points-short", review.bestPoints()),
					"review-card__better-title"));
			if (best != null && best.text() != null) {
				Paragraph text = new Paragraph(best.text().in(locale));
				text.addClassName("review-card__quote");
				better.add(text);
			}
			if (review.bestComment() != null) {
				better.add(new Paragraph(review.bestComment().in(locale)));
			}
			card.add(better);
		}
		return card;
	}

	private static Paragraph labelled(Component owner, String key, String value, String className) {
		Span label = new Span(owner.getTranslation(key) + " ");
		label.addClassName("review-card__label");
		Paragraph paragraph = new Paragraph(label, new Span(value));
		paragraph.addClassName(className);
		return paragraph;
	}

}
